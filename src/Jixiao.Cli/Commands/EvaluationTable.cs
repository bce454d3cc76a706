using System.Globalization;
using Jixiao.Evaluation;
using Jixiao.Evaluation.Scoring;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Prints a self-evaluation laid out like the 项目支出绩效自评表 (templates.md): the money block, the
/// indicator table (target, actual, points, score, entered score, reason), 总分 and grade, then the
/// explanation of every number.
/// </summary>
internal static class EvaluationTable
{
    public static void Write(TextWriter output, DepartmentEvaluation evaluation, CultureInfo culture)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 180;
        string T(string key) => CliText.Get(key, culture);
        foreach (var fund in evaluation.Funds)
        {
            output.WriteLine(string.Format(culture, T("Cli.Evaluate.Title"), fund.Fund.Name));
            console.Write(Budget(fund.Budget, T));
            console.Write(Indicators(fund, culture, T));
            // Explanations are long sentences: written as lines, not through the console, so they are never wrapped.
            output.WriteLine(T("Cli.Evaluate.Notes"));
            output.WriteLine($"  {T("Cli.Evaluate.Budget")}: {fund.Budget.Explain(culture)}");
            foreach (var (indicator, index) in fund.Indicators.Select((x, i) => (x, i + 1)))
            {
                output.WriteLine($"  {index}. {indicator.Indicator.Name}: {indicator.Explain(culture)}");
            }
            output.WriteLine($"  {T("Cli.Evaluate.Total")}: {fund.Explain(culture)}");
            output.WriteLine();
        }
        output.WriteLine($"{T("Cli.Evaluate.Department")} {evaluation.Goals.Department.Name}: {evaluation.Explain(culture)}");
    }

    private static Table Budget(BudgetEvaluation budget, Func<string, string> t)
    {
        var table = new Table().Border(TableBorder.Square);
        foreach (var key in new[] { "Cli.Evaluate.Money", "Cli.Evaluate.Initial", "Cli.Evaluate.Annual", "Cli.Evaluate.Executed", "Cli.Evaluate.Points", "Cli.Evaluate.Rate", "Cli.Evaluate.Score", "Cli.Evaluate.Entered" })
        {
            table.AddColumn(new TableColumn(new Text(t(key))));
        }
        var figures = budget.Figures;
        table.AddRow(Cells(t("Cli.Evaluate.MoneyRow"), Wan(figures?.Initial), Wan(figures?.Annual), Wan(figures?.Executed), Numbers.Show(budget.Points),
            budget.Rate is { } rate ? Numbers.Percent(Numbers.Round(rate, 4)) : "—", budget.Applicable ? Numbers.Show(budget.Score) : "—", Show(budget.EnteredScore)));
        return table;
    }

    private static Table Indicators(FundEvaluation fund, CultureInfo culture, Func<string, string> t)
    {
        var table = new Table().Border(TableBorder.Square);
        foreach (var key in new[] { "Cli.Evaluate.Level1", "Cli.Evaluate.Level2", "Cli.Evaluate.Level3", "Cli.Evaluate.Target", "Cli.Evaluate.Actual", "Cli.Evaluate.Points", "Cli.Evaluate.Score", "Cli.Evaluate.Grade", "Cli.Evaluate.Entered", "Cli.Evaluate.Reason" })
        {
            table.AddColumn(new TableColumn(new Text(t(key))));
        }
        foreach (var e in fund.Indicators)
        {
            var grade = e.Grade is { } g ? TotalExplanation.GradeName(g, culture) : e.Met switch { true => "✓", false => "✗", null => "—" };
            table.AddRow(Cells(e.Indicator.Level1, e.Indicator.Level2, e.Indicator.Name, e.Indicator.Target.Text, e.ActualText,
                Numbers.Show(e.Points), e.Applicable ? Numbers.Show(e.Score) : "—", grade, Show(e.EnteredScore), e.Actual?.Reason ?? ""));
        }
        var total = fund.Total is { } score ? Numbers.Show(score) : "—";
        var totalGrade = fund.Grade is { } fundGrade ? TotalExplanation.GradeName(fundGrade, culture) : "—";
        table.AddRow(Cells(t("Cli.Evaluate.Total"), "", "", "", "", "100", total, totalGrade, Show(fund.EnteredTotal), ""));
        return table;
    }

    private static IRenderable[] Cells(params string[] cells) => [.. cells.Select(c => (IRenderable)new Text(c))];

    private static string Wan(decimal? yuan) => yuan is { } y ? Numbers.Show(y / 10_000m) : "—";

    private static string Show(decimal? value) => value is { } v ? Numbers.Show(v) : "";
}
