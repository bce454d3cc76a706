using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Checks.Rules;

/// <summary>
/// goal-missing: a fund without 绩效目标 statements. The indicators say how much; the goal says what the
/// money is for, and a reviewer judges 相关性 against it (rules.md §6).
/// </summary>
public sealed class GoalMissingRule() : LintRule("goal-missing", Severity.Error), IFundRule
{
    public void Check(Fund fund, ReadOnlySpan<IndicatorFacts> facts, List<Finding> findings)
    {
        if (fund.Goals.IsDefaultOrEmpty)
        {
            findings.Add(AboutFund(fund, null, fund.Name));
        }
    }
}
