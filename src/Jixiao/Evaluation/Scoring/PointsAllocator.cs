using Jixiao.Evaluation.Policy;
using Jixiao.Goals;
using Jixiao.Goals.Categories;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// Gives each indicator its points (分值): the table's 分值 where given (weights in a table always win,
/// rules.md §5); otherwise the category's points (the policy's, or the table's own <c>产出指标(50分)</c>)
/// split evenly among the indicators without 分值, rounded to the policy's decimals with the rounding
/// remainder on the last so that the category adds up exactly. Indicators are placed in the policy's groups
/// by the taxonomy (<see cref="ScoringPolicy.GroupIndexOf"/>); a label's points belong to the group of the 一级
/// it labels, and labels of two 一级 in one group (产出指标(30分), 成本指标(20分)) add up.
/// </summary>
internal static class PointsAllocator
{
    public readonly record struct Allocation(decimal Points, PointsSource Source, CategoryAllocation? Category, Category? Kind);

    public static Allocation[] Allocate(Fund fund, ScoringPolicy policy, out List<CategoryAllocation> emptyCategories)
    {
        var indicators = fund.Indicators;
        var categories = policy.Categories;
        // Per category, by its index in the policy: indicators, how many lack 分值, the 分值 given, a (50分) label.
        Span<int> members = stackalloc int[categories.Length];
        Span<int> unweighted = stackalloc int[categories.Length];
        Span<decimal> given = stackalloc decimal[categories.Length];
        Span<decimal?> labels = stackalloc decimal?[categories.Length];
        // Funds have tens of indicators; a generated table with thousands gets a heap array.
        var categoryOf = indicators.Length <= 512 ? stackalloc int[indicators.Length] : new int[indicators.Length];
        var kinds = new Category?[indicators.Length];
        // 一级 whose label was counted: a label repeats on every row of its block, and the first one counts.
        HashSet<string>? labelled = null;
        // Indicators of one category sit together and share their 一级/二级 text: remember the last pair read,
        // so that the taxonomy and the label are consulted once per block, not per indicator.
        string? lastLevel1 = null, lastLevel2 = null;
        var category = -1;
        Category? kind = null;
        for (var i = 0; i < indicators.Length; i++)
        {
            var (level1, level2) = (indicators[i].Level1, indicators[i].Level2);
            if (!string.Equals(level1, lastLevel1, StringComparison.Ordinal) || !string.Equals(level2, lastLevel2, StringComparison.Ordinal))
            {
                var classified = policy.Taxonomy.Classify(level1, level2);
                (lastLevel1, lastLevel2, kind) = (level1, level2, classified.Category);
                category = policy.GroupIndexOf(classified, level1);
                if (CategoryLabel.PointsOf(level1) is { } points
                    && policy.GroupIndexOf(classified with { Category = classified.Level1Category }, level1) is var labelGroup and >= 0
                    && (labelled ??= new(StringComparer.Ordinal)).Add(classified.Level1Category?.Key ?? CategoryLabel.Bare(level1)))
                {
                    labels[labelGroup] = (labels[labelGroup] ?? 0) + points;
                }
            }
            categoryOf[i] = category;
            kinds[i] = kind;
            if (category < 0) continue;
            members[category]++;
            if (indicators[i].Weight is { } weight) given[category] += weight.Points;
            else unweighted[category]++;
        }
        var allocations = new CategoryAllocation?[categories.Length];
        var splits = new CategoryAllocation?[categories.Length];
        Span<decimal> each = stackalloc decimal[categories.Length];
        Span<decimal> left = stackalloc decimal[categories.Length];
        emptyCategories = [];
        for (var c = 0; c < categories.Length; c++)
        {
            var weight = labels[c] ?? categories[c].Weight;
            var allocation = new CategoryAllocation(categories[c].Key, categories[c].Label, weight, members[c], labels[c] is not null);
            if (members[c] == 0)
            {
                emptyCategories.Add(allocation);
                continue;
            }
            allocations[c] = allocation;
            left[c] = Math.Max(0, weight - given[c]);
            each[c] = unweighted[c] > 0 ? Numbers.Round(left[c] / unweighted[c], policy.Decimals) : 0;
            splits[c] = allocation with { Weight = left[c], Count = unweighted[c] };
        }
        var result = new Allocation[indicators.Length];
        for (var i = 0; i < indicators.Length; i++)
        {
            var c = categoryOf[i];
            if (c < 0)
            {
                result[i] = new Allocation(indicators[i].Weight?.Points ?? 0, PointsSource.Table, null, kinds[i]);
            }
            else if (indicators[i].Weight is { } weight)
            {
                result[i] = new Allocation(weight.Points, PointsSource.Table, allocations[c], kinds[i]);
            }
            else
            {
                // The last indicator without 分值 takes what is left, so the category adds up exactly.
                var points = --unweighted[c] == 0 ? left[c] : each[c];
                left[c] -= points;
                result[i] = new Allocation(points, PointsSource.EvenSplit, splits[c], kinds[i]);
            }
        }
        return result;
    }
}
