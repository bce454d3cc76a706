using Jixiao.Checks;
using Jixiao.Data.Common;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Data.Checks;

/// <summary>The linter's findings (issue 3) for the pages and the API, each with its fix hint in the reader's language.</summary>
public sealed class LintFindings(Linter linter) : IFindingsSource
{
    public IReadOnlyList<FindingView> Find(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var report = LintReport.Create(new ImportResult(goals, []), linter)!;
        var culture = UiText.Culture;
        return [.. report.Findings.Select(f => new FindingView(f.Rule, f.Severity, f.Fund, f.Indicator, f.Step, f.Text(culture)) { Row = f.Place?.Indicator })];
    }
}
