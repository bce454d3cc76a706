using System.CommandLine;
using Jixiao.Evaluation;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao evaluate FILE --actuals ACTUALS [--policy POLICY.json] [--json] [--department NAME]</c>: scores a
/// self-evaluation and prints it as a 项目支出绩效自评表 per fund, or as JSON. Exit 1 when a finding is an
/// error, 2 when an input is unusable.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var culture = console.Culture;
        var file = new Argument<string>("FILE") { Description = CliText.Get("Cli.Evaluate.File", culture) };
        var actuals = new Option<string>("--actuals", "-a") { Description = CliText.Get("Cli.Evaluate.Actuals", culture), Required = true };
        var policy = new Option<string?>("--policy", "-p") { Description = CliText.Get("Cli.Evaluate.Policy", culture) };
        var json = new Option<bool>("--json") { Description = CliText.Get("Cli.Evaluate.Json", culture) };
        var department = DocumentOptions.Department(culture);
        var year = DocumentOptions.Year(culture);
        var command = new Command("evaluate", CliText.Get("Cli.Evaluate", culture)) { file, actuals, policy, json, department, year };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (DocumentOptions.ReadGoals(console, path, result.GetValue(department), result.GetValue(year)) is not { } goals)
            {
                return ExitCodes.BadInput;
            }
            var scoring = ScoringPolicy.Default;
            if (result.GetValue(policy) is { } policyPath)
            {
                var (loaded, problems) = ScoringPolicyReader.ReadFile(policyPath);
                console.Report(policyPath, problems);
                if (loaded is null)
                {
                    return ExitCodes.BadInput;
                }
                scoring = loaded;
            }
            var actualsPath = result.GetValue(actuals)!;
            var bound = ActualsReader.ReadFile(actualsPath, goals);
            console.Report(actualsPath, bound.Diagnostics);
            if (bound.Actuals is not { } actualSet)
            {
                return ExitCodes.BadInput;
            }
            var evaluation = Evaluator.Evaluate(goals, actualSet, scoring);
            if (result.GetValue(json))
            {
                console.Output.Write(System.Text.Encoding.UTF8.GetString(EvaluationJson.Serialize(evaluation, culture)));
            }
            else
            {
                EvaluationTable.Write(console.Output, evaluation, culture);
                console.Report(actualsPath, evaluation.Findings);
            }
            var errors = evaluation.HasErrors || bound.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error);
            return errors ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
