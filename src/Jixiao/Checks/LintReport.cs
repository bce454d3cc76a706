using System.Collections.Immutable;
using Jixiao.Diagnostics;

namespace Jixiao.Checks;

/// <summary>
/// The result of linting a document: the reader's diagnostics and the rules' findings together, in document
/// order (fund by fund, indicator by indicator), filtered to a minimum severity.
/// </summary>
public sealed record LintReport(ImmutableArray<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Lints what a reader produced; null when the input was unusable (no goal set).</summary>
    public static LintReport? Create(ImportResult import, Linter linter, Severity minimum = Severity.Info)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(linter);
        if (import.GoalSet is not { } goals)
        {
            return null;
        }
        var findings = new List<Finding>(import.Diagnostics.Length + 16);
        findings.AddRange(import.Diagnostics.Select(Finding.FromDiagnostic));
        linter.Lint(goals, findings);
        Unread(findings, Formats.Tables.ReadingGaps.UnreadRows(import.Diagnostics), goals);
        var order = DocumentOrder(goals);
        var sorted = findings
            .Where(f => f.Severity >= minimum)
            .Select((finding, index) => (finding, index))
            .OrderBy(x => Position(order, x.finding))
            .ThenBy(x => x.finding.Where?.Line ?? int.MaxValue)
            .ThenBy(x => x.index)
            .Select(x => x.finding);
        return new LintReport([.. sorted]);
    }

    /// <summary>Rules about what a fund's table lacks, which say nothing true when rows of the table were not read.</summary>
    private static readonly HashSet<string> AboutWhatIsMissing = ["category-missing", "subcategory-missing", "goal-missing"];

    /// <summary>
    /// A fund whose table has rows the reader could not read is not blamed for missing categories or goals (they may be
    /// in those rows): those findings give way to one saying how many rows of the table could not be read.
    /// </summary>
    private static void Unread(List<Finding> findings, Dictionary<string, int> unread, Goals.GoalSet goals)
    {
        if (unread.Count == 0)
        {
            return;
        }
        findings.RemoveAll(f => f.Fund is { } fund && unread.ContainsKey(fund) && AboutWhatIsMissing.Contains(f.Rule) && f.Indicator is null);
        foreach (var fund in goals.Funds)
        {
            if (unread.TryGetValue(fund.Name, out var rows))
            {
                findings.Add(new Finding("rows-unread", Severity.Warning, new LocalizedText("Lint.rows-unread", rows, fund.Name))
                {
                    Fund = fund.Name,
                    Where = fund.Source,
                    Fix = new LocalizedText("Lint.rows-unread.Fix"),
                });
            }
        }
    }

    /// <summary>Fund → its index, fund/indicator → (fund index, indicator index), for grouping in document order.</summary>
    private static Dictionary<(string? Fund, string? Indicator), (int, int)> DocumentOrder(Goals.GoalSet goals)
    {
        var order = new Dictionary<(string?, string?), (int, int)>();
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            var fund = goals.Funds[f];
            order.TryAdd((fund.Name, null), (f, -1));
            for (var i = 0; i < fund.Indicators.Length; i++)
            {
                order.TryAdd((fund.Name, fund.Indicators[i].Name), (f, i));
            }
        }
        return order;
    }

    private static (int, int) Position(Dictionary<(string?, string?), (int, int)> order, Finding finding) =>
        finding.Fund is null ? (-1, -1)
        : order.TryGetValue((finding.Fund, finding.Indicator), out var at) ? at
        : order.TryGetValue((finding.Fund, null), out var fundAt) ? fundAt
        : (int.MaxValue, 0);
}
