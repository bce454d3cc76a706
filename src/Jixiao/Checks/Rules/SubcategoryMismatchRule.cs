using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Checks.Rules;

/// <summary>
/// subcategory-mismatch: a 二级指标 under a 一级指标 it does not belong to (社会效益 under 产出).
/// Reported once per block of rows with the same pair.
/// </summary>
public sealed class SubcategoryMismatchRule() : LintRule("subcategory-mismatch", Severity.Warning), IFundRule
{
    public void Check(Fund fund, ReadOnlySpan<IndicatorFacts> facts, List<Finding> findings)
    {
        var indicators = fund.Indicators;
        for (var i = 0; i < facts.Length; i++)
        {
            var (level1, level2) = (facts[i].Level1.Standard, facts[i].Level2);
            if (level1 is null || level2.Parent is null || level2.Parent == level1)
            {
                continue;
            }
            var indicator = indicators[i];
            if (i > 0 && indicators[i - 1].Level1 == indicator.Level1 && indicators[i - 1].Level2 == indicator.Level2)
            {
                continue;
            }
            findings.Add(About(fund, indicator, null, indicator.Level2, indicator.Level1, level2.Parent));
        }
    }
}
