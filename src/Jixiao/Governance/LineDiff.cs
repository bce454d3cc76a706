using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Governance;

/// <summary>
/// 条目变更 — a change to one line of a numbered list (总体目标, 分项目标, 保障措施, a fund's 绩效目标), with its
/// 1-based number before and after.
/// </summary>
public sealed record LineChange(string List, ChangeKind Kind, int? BeforeNumber, string? Before, int? AfterNumber, string? After);

/// <summary>
/// Compares two lists of lines by their longest common subsequence, so that an inserted line does not make every
/// later line "changed". A run of removed lines followed by added lines at the same place is paired into changes.
/// </summary>
internal static class LineDiff
{
    public static IEnumerable<LineChange> Between(string list, ImmutableArray<string> before, ImmutableArray<string> after)
    {
        var common = CommonSuffixLengths(before, after);
        int b = 0, a = 0;
        var removed = new List<int>();
        var added = new List<int>();
        while (b < before.Length || a < after.Length)
        {
            if (b < before.Length && a < after.Length && before[b] == after[a])
            {
                foreach (var change in Flush(list, before, after, removed, added)) yield return change;
                b++;
                a++;
            }
            else if (a == after.Length || (b < before.Length && common[b + 1, a] >= common[b, a + 1]))
            {
                removed.Add(b++);
            }
            else
            {
                added.Add(a++);
            }
        }
        foreach (var change in Flush(list, before, after, removed, added)) yield return change;
    }

    private static List<LineChange> Flush(string list, ImmutableArray<string> before, ImmutableArray<string> after, List<int> removed, List<int> added)
    {
        var changes = new List<LineChange>();
        var paired = Math.Min(removed.Count, added.Count);
        for (var i = 0; i < paired; i++)
        {
            changes.Add(new LineChange(list, ChangeKind.Changed, removed[i] + 1, before[removed[i]], added[i] + 1, after[added[i]]));
        }
        changes.AddRange(removed.Skip(paired).Select(r => new LineChange(list, ChangeKind.Removed, r + 1, before[r], null, null)));
        changes.AddRange(added.Skip(paired).Select(x => new LineChange(list, ChangeKind.Added, null, null, x + 1, after[x])));
        removed.Clear();
        added.Clear();
        return changes;
    }

    /// <summary>[i, j]: length of the longest common subsequence of before[i..] and after[j..].</summary>
    private static int[,] CommonSuffixLengths(ImmutableArray<string> before, ImmutableArray<string> after)
    {
        var lengths = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i] == after[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        return lengths;
    }
}
