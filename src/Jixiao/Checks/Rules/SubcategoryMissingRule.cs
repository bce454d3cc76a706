using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Goals.Categories;

namespace Jixiao.Checks.Rules;

/// <summary>
/// subcategory-missing (advisory): a 一级指标 that should cover every 二级 (产出: 数量, 质量, 时效, 成本) covers
/// only some. A 成本指标 of its own at level 1 (101号) counts as the 产出 成本指标.
/// </summary>
public sealed class SubcategoryMissingRule(CompiledProfile profile) : LintRule("subcategory-missing", Severity.Info), IFundRule
{
    public void Check(Fund fund, ReadOnlySpan<IndicatorFacts> facts, List<Finding> findings)
    {
        foreach (var category in profile.Taxonomy.Categories)
        {
            if (category.ExpectEverySubcategory && category.Subcategories.Length is > 0 and <= 32)
            {
                CheckCategory(fund, category, facts, findings);
            }
        }
    }

    private void CheckCategory(Fund fund, Category category, ReadOnlySpan<IndicatorFacts> facts, List<Finding> findings)
    {
        var subs = category.Subcategories;
        var present = 0u;
        var first = -1;
        for (var i = 0; i < facts.Length; i++)
        {
            var level1 = facts[i].Level1.Standard;
            if (level1 == category.Name)
            {
                first = first < 0 ? i : first;
                present |= Bit(subs.IndexOf(facts[i].Level2.Standard!));
            }
            else if (level1 is not null)
            {
                // A level-1 that is itself one of this category's level-2 names (成本指标) covers it.
                present |= Bit(subs.IndexOf(level1));
            }
        }
        var all = subs.Length == 32 ? uint.MaxValue : (1u << subs.Length) - 1;
        if (first < 0 || (present & all) == all)
        {
            return;
        }
        var has = string.Join("、", subs.Where((_, i) => (present & Bit(i)) != 0));
        var lacks = string.Join("、", subs.Where((_, i) => (present & Bit(i)) == 0));
        var finding = has.Length == 0
            ? AboutFund(fund, "None", category.Name, lacks)
            : AboutFund(fund, null, category.Name, has, lacks);
        // About the fund's table as a whole, shown at the first row of the category.
        findings.Add(finding with { Where = fund.Indicators[first].Source ?? fund.Source });
    }

    private static uint Bit(int index) => index < 0 ? 0u : 1u << index;
}
