using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Checks.Rules;

/// <summary>
/// category-missing: a fund's table lacks a 一级指标 the profile requires (产出, 效益, 满意度; rules.md §1).
/// A non-standard name that maps onto a required one (效果指标) counts: category-nonstandard reports the name.
/// </summary>
public sealed class CategoryMissingRule(CompiledProfile profile) : LintRule("category-missing", Severity.Warning), IFundRule
{
    public void Check(Fund fund, ReadOnlySpan<IndicatorFacts> facts, List<Finding> findings)
    {
        foreach (var required in profile.RequiredCategories)
        {
            if (!Has(facts, required))
            {
                findings.Add(AboutFund(fund, null, fund.Name, required));
            }
        }
    }

    private static bool Has(ReadOnlySpan<IndicatorFacts> facts, string category)
    {
        foreach (var fact in facts)
        {
            if (ReferenceEquals(fact.Level1.Standard, category) || fact.Level1.Standard == category)
            {
                return true;
            }
        }
        return false;
    }
}
