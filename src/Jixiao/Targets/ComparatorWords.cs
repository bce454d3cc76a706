using System.Buffers;

namespace Jixiao.Targets;

/// <summary>Every way comparators are written (target-values.md), as prefixes and as suffixes.</summary>
internal static class ComparatorWords
{
    private static readonly (string Word, Comparator Comparator)[] Prefixes = Longest(
    [
        (">=", Comparator.GreaterOrEqual), ("≥", Comparator.GreaterOrEqual), ("≥=", Comparator.GreaterOrEqual),
        ("大于等于", Comparator.GreaterOrEqual), ("大于或等于", Comparator.GreaterOrEqual), ("不少于", Comparator.GreaterOrEqual),
        ("不低于", Comparator.GreaterOrEqual), ("不小于", Comparator.GreaterOrEqual), ("达到", Comparator.GreaterOrEqual),
        ("至少", Comparator.GreaterOrEqual), ("高于等于", Comparator.GreaterOrEqual),
        ("<=", Comparator.LessOrEqual), ("≤", Comparator.LessOrEqual), ("≤=", Comparator.LessOrEqual),
        ("小于等于", Comparator.LessOrEqual), ("小于或等于", Comparator.LessOrEqual), ("不超过", Comparator.LessOrEqual),
        ("不高于", Comparator.LessOrEqual), ("不大于", Comparator.LessOrEqual), ("控制在", Comparator.LessOrEqual),
        ("低于等于", Comparator.LessOrEqual), ("最多", Comparator.LessOrEqual),
        ("==", Comparator.Equal), ("=", Comparator.Equal), ("等于", Comparator.Equal),
        (">", Comparator.Greater), ("大于", Comparator.Greater), ("高于", Comparator.Greater), ("超过", Comparator.Greater),
        ("<", Comparator.Less), ("小于", Comparator.Less), ("低于", Comparator.Less),
    ]);

    private static readonly (string Word, Comparator Comparator)[] Suffixes = Longest(
    [
        ("以上", Comparator.GreaterOrEqual), ("及以上", Comparator.GreaterOrEqual),
        ("以下", Comparator.LessOrEqual), ("及以下", Comparator.LessOrEqual), ("以内", Comparator.LessOrEqual),
        ("之内", Comparator.LessOrEqual), ("内", Comparator.LessOrEqual),
    ]);

    private static readonly SearchValues<char> PrefixStarts = SearchValues.Create([.. Prefixes.Select(p => p.Word[0]).Distinct()]);

    /// <summary>Reads a comparator at the start; returns the characters used (0 if none).</summary>
    public static int ReadPrefix(ReadOnlySpan<char> text, out Comparator comparator)
    {
        comparator = default;
        if (text.IsEmpty || !PrefixStarts.Contains(text[0]))
        {
            return 0;
        }
        foreach (var (word, value) in Prefixes)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                comparator = value;
                return word.Length;
            }
        }
        return 0;
    }

    /// <summary>Reads a comparator word at the end (<c>95%以上</c>); returns the characters used (0 if none).</summary>
    public static int ReadSuffix(ReadOnlySpan<char> text, out Comparator comparator)
    {
        foreach (var (word, value) in Suffixes)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                comparator = value;
                return word.Length;
            }
        }
        comparator = default;
        return 0;
    }

    private static (string, Comparator)[] Longest((string Word, Comparator Comparator)[] words) =>
        [.. words.OrderByDescending(w => w.Word.Length)];
}
