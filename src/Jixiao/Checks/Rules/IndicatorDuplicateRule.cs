using System.Runtime.InteropServices;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Checks.Rules;

/// <summary>
/// indicator-duplicate: the same indicator (same 三级指标, and a description that is the same or contains
/// the other) appears again in another fund — copied from a table where it belonged (民事申诉案件上级采纳率
/// as a goal of renting offices). Reported at each later copy. Names the profile exempts (满意度, 到位率 …: every fund has one) may repeat.
/// </summary>
public sealed class IndicatorDuplicateRule(CompiledProfile profile) : LintRule("indicator-duplicate", Severity.Warning), IGoalSetRule
{
    public void Check(GoalSet goals, List<Finding> findings)
    {
        if (goals.Funds.Length < 2)
        {
            return;
        }
        // One table per thread, emptied after use: a department's names, not a new dictionary per department.
        var first = _seen ??= new Dictionary<string, (Fund, Indicator)>(StringComparer.Ordinal);
        try
        {
            foreach (var fund in goals.Funds)
            {
                foreach (var indicator in fund.Indicators)
                {
                    // One hash lookup whether the name is new or seen.
                    ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(first, indicator.Name, out var exists);
                    if (!exists)
                    {
                        seen = (fund, indicator);
                        continue;
                    }
                    var (earlierFund, earlier) = seen;
                    if (!ReferenceEquals(earlierFund, fund) && SameMeasure(earlier, indicator) && !IsExempt(indicator.Name))
                    {
                        findings.Add(About(fund, indicator, null, indicator.Name, earlierFund.Name));
                    }
                }
            }
        }
        finally
        {
            first.Clear();
        }
    }

    [ThreadStatic]
    private static Dictionary<string, (Fund, Indicator)>? _seen;

    private bool IsExempt(string name)
    {
        foreach (var exempt in profile.DuplicateExempt)
        {
            if (name.EndsWith(exempt, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameMeasure(Indicator a, Indicator b) =>
        a.Description.Contains(b.Description, StringComparison.Ordinal) || b.Description.Contains(a.Description, StringComparison.Ordinal);
}
