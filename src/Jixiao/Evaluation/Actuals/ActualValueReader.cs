using Jixiao.Targets;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// Reads an actual value the way users write it: <c>96</c>, <c>96%</c>, <c>９６％</c>, <c>百分之九十六</c>,
/// <c>1,200人次</c>, a tier word (<c>完成</c>, <c>有效</c>, <c>部分达成</c>) or <c>不适用</c>. Anything else is
/// unreadable: nothing is guessed.
/// </summary>
public static class ActualValueReader
{
    private static readonly string[] NotApplicableWords = ["不适用", "不涉及", "无此项", "N/A", "n/a", "NA", "/", "／"];

    /// <summary>False when the text is not a value Jixiao can read; an empty cell also gives false.</summary>
    public static bool TryRead(string? text, out ActualValue value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var written = text.Trim();
        var compact = TargetText.Compact(written);
        if (NotApplicableWords.Contains(compact, StringComparer.Ordinal))
        {
            value = ActualValue.NotApplicable(written);
            return true;
        }
        if (QualitativeTierWords.Read(compact) is { } tier)
        {
            value = ActualValue.OfTier(tier, written);
            return true;
        }
        return TryReadNumber(compact, written, out value);
    }

    private static bool TryReadNumber(string compact, string written, out ActualValue value)
    {
        value = default;
        var span = compact.AsSpan();
        decimal number;
        string? unit = null;
        if (span.StartsWith("百分之", StringComparison.Ordinal))
        {
            var used = NumberReader.ReadChinese(span[3..], out number);
            if (used == 0 || used != span.Length - 3)
            {
                return false;
            }
            value = ActualValue.OfNumber(number, Units.Percent, written);
            return true;
        }
        var length = NumberReader.ReadArabic(span, out number);
        if (length == 0)
        {
            return false;
        }
        var rest = span[length..];
        if (!rest.IsEmpty)
        {
            var known = Units.MatchKnown(rest, out var knownUnit);
            if (known == rest.Length)
            {
                unit = knownUnit;
            }
            else if (rest.Length <= 4 && IsWord(rest))
            {
                // An unlisted unit (篇, 架次): kept as written and checked against the target's unit.
                unit = rest.ToString();
            }
            else
            {
                return false;
            }
        }
        value = ActualValue.OfNumber(number, unit, written);
        return true;
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(c is >= '\u4E00' and <= '\u9FFF' || char.IsAsciiLetter(c)))
            {
                return false;
            }
        }
        return true;
    }
}
