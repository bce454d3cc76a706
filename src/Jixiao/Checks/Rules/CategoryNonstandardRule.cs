using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Goals.Categories;

namespace Jixiao.Checks.Rules;

/// <summary>
/// category-nonstandard: a 一级/二级指标 name that is not in the profile's taxonomy, with the standard
/// name when the written one is a known variant (效果指标 → 效益指标). Reported once per block of rows
/// under the same name, as the table writes it (a merged cell), not once per row.
/// </summary>
public sealed class CategoryNonstandardRule(CompiledProfile profile) : LintRule("category-nonstandard", Severity.Warning), IFundRule
{
    public void Check(Fund fund, ReadOnlySpan<IndicatorFacts> facts, List<Finding> findings)
    {
        var indicators = fund.Indicators;
        for (var i = 0; i < facts.Length; i++)
        {
            var indicator = indicators[i];
            var previous = i > 0 ? indicators[i - 1] : null;
            if (previous is null || previous.Level1 != indicator.Level1)
            {
                Judge(fund, indicator, indicator.Level1, facts[i].Level1, parent: null, findings);
            }
            if (previous is null || previous.Level2 != indicator.Level2 || previous.Level1 != indicator.Level1)
            {
                Judge(fund, indicator, indicator.Level2, facts[i].Level2, facts[i].Level1.Standard ?? "", findings);
            }
        }
    }

    // parent: null for a 一级指标; for a 二级指标, the standard 一级 it stands under ("" if unknown).
    private void Judge(Fund fund, Indicator indicator, string written, CategoryName name, string? parent, List<Finding> findings)
    {
        var level = parent is null ? "Lint.Level1" : "Lint.Level2";
        switch (name.Status)
        {
            case NameStatus.Synonym:
                findings.Add(About(fund, indicator, "Synonym", new LocalizedText(level), written, name.Standard));
                break;
            case NameStatus.Unknown:
                findings.Add(About(fund, indicator, "Unknown", new LocalizedText(level), written, StandardNames(parent)));
                break;
            case NameStatus.Empty:
                findings.Add(About(fund, indicator, "Empty", new LocalizedText(level)));
                break;
        }
    }

    /// <summary>The names to choose from: the 一级 names, or the 二级 names under the indicator's 一级 (all when unknown).</summary>
    private string StandardNames(string? parent)
    {
        var categories = profile.Taxonomy.Categories;
        var names = parent is null
            ? categories.Select(c => c.Name)
            : categories.Where(c => parent.Length == 0 || c.Name == parent).SelectMany(c => c.Subcategories);
        return string.Join("、", names);
    }
}
