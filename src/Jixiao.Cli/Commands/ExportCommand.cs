using System.CommandLine;
using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao export FILE --to docx|xlsx|pdf|html [--actuals ACTUALS] -o OUT</c>: a document (text, JSON,
/// DOCX or XLSX) to the disclosure in Word, Excel, PDF or HTML. With --actuals (CSV, JSON or a 自评表 in
/// XLSX/DOCX) the fund self-evaluations are scored, the XLSX gains 自评表 sheets and the PDF is the
/// self-evaluation.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = CliText.Get("Cli.Export.File", console.Culture) };
        var to = new Option<string>("--to") { Description = "docx | xlsx | pdf | html", Required = true };
        to.AcceptOnlyFromAmong("docx", "xlsx", "pdf", "html");
        var actuals = new Option<string?>("--actuals") { Description = CliText.Get("Cli.Export.Actuals", console.Culture) };
        var output = new Option<string>("--out", "-o") { Description = CliText.Get("Cli.Export.Out", console.Culture), Required = true };
        var department = DocumentOptions.Department(console.Culture);
        var year = DocumentOptions.Year(console.Culture);
        var command = new Command("export", CliText.Get("Cli.Export", console.Culture)) { file, to, actuals, output, department, year };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (DocumentOptions.ReadGoals(console, path, result.GetValue(department), result.GetValue(year)) is not { } goals)
            {
                return ExitCodes.BadInput;
            }
            SelfEvaluationSheet? evaluation = null;
            if (result.GetValue(actuals) is { } actualsPath && (evaluation = Evaluate(console, actualsPath, goals)) is null)
            {
                return ExitCodes.BadInput;
            }
            // --to accepts only the four names, so parsing cannot fail here.
            var format = DocumentExport.TryParse(result.GetValue(to), out var parsed) ? parsed : ExportFormat.Docx;
            if (DocumentExport.Render(goals, format, evaluation, out var error) is not { } exported)
            {
                console.Report(path, [error!]);
                return ExitCodes.BadInput;
            }
            File.WriteAllBytes(result.GetValue(output)!, exported.Content);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The actuals scored by the default policy, as the 自评表 exports write them; null when unusable.</summary>
    private static SelfEvaluationSheet? Evaluate(CliConsole console, string path, GoalSet goals)
    {
        var bound = ActualsReader.ReadFile(path, goals);
        console.Report(path, bound.Diagnostics);
        if (bound.Actuals is not { } actualSet || bound.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return null;
        }
        return SelfEvaluationBridge.FromEvaluation(Evaluator.Evaluate(goals, actualSet, ScoringPolicy.Default));
    }
}
