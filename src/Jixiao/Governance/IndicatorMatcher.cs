using Jixiao.Goals;

namespace Jixiao.Governance;

/// <summary>
/// Pairs the indicators of one fund before and after, deterministically:
/// 1. by (一级, 二级, 三级指标) names; a name written twice pairs its k-th occurrence with the k-th;
/// 1b. by 三级指标 name alone (an indicator moved to another 一级 or 二级), in table order;
/// 2. what is left, within the same 一级 and 二级: a row at the same position in the table (a renamed indicator);
/// 3. then, within the same 一级 and 二级, a single unpaired row on each side (renamed and moved).
/// Whatever is still unpaired was removed or added.
/// </summary>
internal static class IndicatorMatcher
{
    /// <summary>For each row of <paramref name="after"/>, the index of its counterpart in <paramref name="before"/>, or -1.</summary>
    public static int[] Match(IReadOnlyList<Indicator> before, IReadOnlyList<Indicator> after)
    {
        var match = Enumerable.Repeat(-1, after.Count).ToArray();
        var taken = new bool[before.Count];
        for (var a = 0; a < after.Count; a++)
        {
            match[a] = First(before, taken, b => SameNames(before[b], after[a]));
        }
        for (var a = 0; a < after.Count; a++)
        {
            if (match[a] < 0)
            {
                match[a] = First(before, taken, b => string.Equals(before[b].Name, after[a].Name, StringComparison.Ordinal));
            }
        }
        for (var a = 0; a < after.Count; a++)
        {
            if (match[a] < 0 && a < before.Count && !taken[a] && SameGroup(before[a], after[a]))
            {
                match[a] = a;
                taken[a] = true;
            }
        }
        for (var a = 0; a < after.Count; a++)
        {
            if (match[a] >= 0)
            {
                continue;
            }
            var unpairedAfter = Enumerable.Range(0, after.Count).Count(x => match[x] < 0 && SameGroup(after[x], after[a]));
            var candidates = Enumerable.Range(0, before.Count).Where(b => !taken[b] && SameGroup(before[b], after[a])).ToList();
            if (unpairedAfter == 1 && candidates.Count == 1)
            {
                match[a] = candidates[0];
                taken[candidates[0]] = true;
            }
        }
        return match;
    }

    private static int First(IReadOnlyList<Indicator> before, bool[] taken, Func<int, bool> fits)
    {
        for (var b = 0; b < before.Count; b++)
        {
            if (!taken[b] && fits(b))
            {
                taken[b] = true;
                return b;
            }
        }
        return -1;
    }

    private static bool SameGroup(Indicator x, Indicator y) =>
        string.Equals(x.Level1, y.Level1, StringComparison.Ordinal) && string.Equals(x.Level2, y.Level2, StringComparison.Ordinal);

    private static bool SameNames(Indicator x, Indicator y) => SameGroup(x, y) && string.Equals(x.Name, y.Name, StringComparison.Ordinal);
}
