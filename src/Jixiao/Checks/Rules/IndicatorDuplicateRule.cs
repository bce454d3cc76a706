using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Checks.Rules;

/// <summary>
/// indicator-duplicate: the same indicator (same 三级指标, and a description that is the same or contains
/// the other) appears again in another fund — copied from a table where it belonged (民事申诉案件上级采纳率
/// as a goal of renting offices). Reported at each later copy; names the profile exempts may repeat.
/// </summary>
public sealed class IndicatorDuplicateRule(CompiledProfile profile) : LintRule("indicator-duplicate", Severity.Warning), IGoalSetRule
{
    public void Check(GoalSet goals, List<Finding> findings)
    {
        if (goals.Funds.Length < 2)
        {
            return;
        }
        var first = new Dictionary<string, (Fund Fund, Indicator Indicator)>(StringComparer.Ordinal);
        foreach (var fund in goals.Funds)
        {
            foreach (var indicator in fund.Indicators)
            {
                if (!first.TryAdd(indicator.Name, (fund, indicator)))
                {
                    var (earlierFund, earlier) = first[indicator.Name];
                    if (!ReferenceEquals(earlierFund, fund) && SameMeasure(earlier, indicator) && !profile.DuplicateExempt.Contains(indicator.Name))
                    {
                        findings.Add(About(fund, indicator, null, indicator.Name, earlierFund.Name));
                    }
                }
            }
        }
    }

    private static bool SameMeasure(Indicator a, Indicator b) =>
        a.Description.Contains(b.Description, StringComparison.Ordinal) || b.Description.Contains(a.Description, StringComparison.Ordinal);
}
