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
        var result = new Allocation[indicators.Length];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var labelWeights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Length; i++)
        {
            if (policy.CategoryOf(indicators[i].Level1) is not { } category)
            {
                result[i] = new Allocation(indicators[i].Weight?.Points ?? 0, PointsSource.Table, null);
                continue;
            }
            if (!groups.TryGetValue(category.Key, out var members))
            {
                groups[category.Key] = members = [];
            }
            members.Add(i);
            if (LabelPoints().Match(indicators[i].Level1) is { Success: true } label)
            {
                labelWeights.TryAdd(category.Key, decimal.Parse(label.Groups["points"].Value, CultureInfo.InvariantCulture));
            }
        }
        emptyCategories = [];
        foreach (var category in policy.Categories)
        {
            var fromTable = labelWeights.TryGetValue(category.Key, out var tableWeight);
            var weight = fromTable ? tableWeight : category.Weight;
            if (!groups.TryGetValue(category.Key, out var members))
            {
                emptyCategories.Add(new CategoryAllocation(category.Key, category.Label, weight, 0, fromTable));
                continue;
            }
            var allocation = new CategoryAllocation(category.Key, category.Label, weight, members.Count, fromTable);
            Split(indicators, members, allocation, policy, result);
        }
        return result;
    }

    private static void Split(IReadOnlyList<Indicator> indicators, List<int> members, CategoryAllocation category, ScoringPolicy policy, Allocation[] result)
    {
        var given = 0m;
        var unweighted = 0;
        foreach (var i in members)
        {
            if (indicators[i].Weight is { } weight) given += weight.Points;
            else unweighted++;
        }
        var remainder = Math.Max(0, category.Weight - given);
        var each = unweighted > 0 ? Numbers.Round(remainder / unweighted, policy.Decimals) : 0;
        var left = remainder;
        var seen = 0;
        var split = category with { Weight = remainder, Count = unweighted };
        foreach (var i in members)
        {
            if (indicators[i].Weight is { } weight)
            {
                result[i] = new Allocation(weight.Points, PointsSource.Table, category);
                continue;
            }
            seen++;
            var points = seen == unweighted ? left : each;
            left -= points;
            result[i] = new Allocation(points, PointsSource.EvenSplit, split);
        }
    }
}
