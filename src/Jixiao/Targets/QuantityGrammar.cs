namespace Jixiao.Targets;

/// <summary>
/// Reads "comparator number unit suffix" on compact text: <c>≥1200人次</c>, <c>大于等于98%</c>,
/// <c>95%以上</c>, <c>控制在30天以内</c>, <c>百分之九十八</c>, <c>100百分比</c>.
/// </summary>
internal static class QuantityGrammar
{
    /// <summary>Words after the unit that add nothing to the measure (<c>100%到位</c>).</summary>
    private static readonly string[] Tails = ["到位", "完成", "覆盖", "左右", "(含)", "（含）", "及时率", "办结"];

    public static bool TryRead(string compact, TargetContext context,
        out Comparator comparator, out decimal value, out string? unit, out bool implied)
    {
        comparator = default;
        value = 0;
        unit = null;
        implied = false;
        var text = compact.AsSpan();

        var suffixLength = ComparatorWords.ReadSuffix(text, out var suffix);
        text = text[..^suffixLength];
        var prefixLength = ComparatorWords.ReadPrefix(text, out var prefix);
        text = text[prefixLength..];

        int numberLength;
        if (text.StartsWith("百分之", StringComparison.Ordinal))
        {
            numberLength = NumberReader.ReadChinese(text[3..], out value);
            if (numberLength == 0)
            {
                return false;
            }
            text = text[(3 + numberLength)..];
            unit = Units.Percent;
        }
        else
        {
            numberLength = NumberReader.ReadArabic(text, out value);
            if (numberLength == 0)
            {
                return false;
            }
            text = text[numberLength..];
            if (!TryReadUnit(text, out unit))
            {
                return false;
            }
        }

        if (prefixLength > 0 && suffixLength > 0 && prefix != suffix)
        {
            return false;
        }
        if (prefixLength > 0 || suffixLength > 0)
        {
            comparator = prefixLength > 0 ? prefix : suffix;
        }
        else
        {
            comparator = context.ImpliedComparator;
            implied = true;
        }
        return true;
    }

    private static bool TryReadUnit(ReadOnlySpan<char> text, out string? unit)
    {
        unit = null;
        if (text.IsEmpty)
        {
            return true;
        }
        var known = Units.MatchKnown(text, out var knownUnit);
        if (known > 0)
        {
            var tail = text[known..];
            if (tail.IsEmpty || IsTail(tail))
            {
                unit = knownUnit;
                return true;
            }
        }
        // An unlisted unit (篇, 架次 …): a few letters, nothing that looks like another value.
        if (text.Length <= 6 && IsWordy(text))
        {
            unit = text.ToString();
            return true;
        }
        return false;
    }

    private static bool IsTail(ReadOnlySpan<char> tail)
    {
        foreach (var word in Tails)
        {
            if (tail.SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWordy(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var ok = c == '/' || char.IsAsciiLetter(c) || c is >= '\u4E00' and <= '\u9FFF';
            if (!ok || c is '优' or '良' or '差')
            {
                return false;
            }
        }
        return true;
    }
}
