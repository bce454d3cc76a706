using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// Gives each indicator its points (分值): the table's 分值 where given (weights in a table always win,
/// rules.md §5); otherwise the category's points (the policy's, or the table's own <c>产出指标(50分)</c>)
/// split evenly among the indicators without 分值, rounded to the policy's decimals with the rounding
/// remainder on the last so that the category adds up exactly.
/// </summary>
internal static partial class PointsAllocator
{
    [GeneratedRegex(@"[（(]\s*(?<points>\d+(?:\.\d+)?)\s*分\s*[)）]")]
    private static partial Regex LabelPoints();

    public readonly record struct Allocation(decimal Points, PointsSource Source, CategoryAllocation? Category);

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
        // Indicators of one category sit together and share their 一级指标 text: remember the last one read,
        // so that the category words and the label are matched once per block, not per indicator.
        string? lastLevel1 = null;
        int category = -1;
        decimal? label = null;
        for (var i = 0; i < indicators.Length; i++)
        {
            var level1 = indicators[i].Level1;
            if (!string.Equals(level1, lastLevel1, StringComparison.Ordinal))
            {
                (lastLevel1, category, label) = (level1, policy.CategoryIndexOf(level1), LabelPointsOf(level1));
            }
            categoryOf[i] = category;
            if (category < 0) continue;
            members[category]++;
            if (indicators[i].Weight is { } weight) given[category] += weight.Points;
            else unweighted[category]++;
            labels[category] ??= label;
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
                result[i] = new Allocation(indicators[i].Weight?.Points ?? 0, PointsSource.Table, null);
            }
            else if (indicators[i].Weight is { } weight)
            {
                result[i] = new Allocation(weight.Points, PointsSource.Table, allocations[c]);
            }
            else
            {
                // The last indicator without 分值 takes what is left, so the category adds up exactly.
                var points = --unweighted[c] == 0 ? left[c] : each[c];
                left[c] -= points;
                result[i] = new Allocation(points, PointsSource.EvenSplit, splits[c]);
            }
        }
        return result;
    }

    private static decimal? LabelPointsOf(string level1) =>
        level1.Contains('分', StringComparison.Ordinal) && LabelPoints().Match(level1) is { Success: true } label
            ? Formats.Numerals.Decimal(label.Groups["points"].Value)
            : null;
}
