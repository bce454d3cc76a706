using System.Buffers;

namespace Jixiao.Formats;

/// <summary>The damage conversion leaves in text (target-values.md, rule text-artifact).</summary>
public enum ArtifactKind
{
    /// <summary>An unbalanced quote, as Word leaves when a cell held a line break (<c>"信访</c>).</summary>
    StrayQuote,
    /// <summary>A character doubled by accident (专项资资金).</summary>
    DoubledCharacter,
    /// <summary>The whole text written twice (<c>854万854万</c>).</summary>
    DoubledText,
    /// <summary>A field code or bookmark marker left by a converter (<c>[bookmark: _Toc…]</c>, MERGEFORMAT).</summary>
    ConversionMarker,
}

/// <summary>One artefact found in a text, with the offending piece.</summary>
public sealed record TextArtifact(ArtifactKind Kind, string Piece);

/// <summary>Finds conversion damage in any text field.</summary>
public static class TextArtifacts
{
    /// <summary>Reduplications that are real words, not accidents.</summary>
    private static readonly HashSet<string> RealDoubles =
    [
        "常常", "人人", "天天", "年年", "月月", "个个", "事事", "处处", "刚刚", "渐渐", "多多", "往往", "仅仅", "紧紧",
        "默默", "明明", "纷纷", "层层", "步步", "家家", "户户", "重重", "时时", "项项", "件件", "条条", "村村", "级级",
        "逐逐", "点点", "滴滴", "切切", "实实", "稳稳", "好好", "久久", "频频", "屡屡", "节节", "面面", "种种",
        "样样", "方方", "规规", "矩矩", "清清", "楚楚", "扎扎", "踏踏", "日日", "夜夜", "次次", "回回", "代代", "世世",
    ];

    private static readonly string[] Markers = ["[bookmark:", "MERGEFORMAT", "HYPERLINK", "PAGEREF", "_Toc", "\uFFFD", "□□"];

    public static IReadOnlyList<TextArtifact> Find(string? text)
    {
        // IsNullOrWhiteSpace last: char.IsWhiteSpace is a table lookup for CJK text, and most cells end the check earlier.
        if (string.IsNullOrEmpty(text) || !MayBeDamaged(text) || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        // Created on the first artefact: the linter calls this for every cell, and most cells are clean.
        List<TextArtifact>? found = null;
        var quotes = 0;
        int open = 0, close = 0;
        foreach (var c in text)
        {
            if (c == '"') quotes++;
            else if (c == '“') open++;
            else if (c == '”') close++;
        }
        if (quotes % 2 == 1 || open != close)
        {
            (found ??= []).Add(new TextArtifact(ArtifactKind.StrayQuote, text.Trim()));
        }
        foreach (var marker in Markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                (found ??= []).Add(new TextArtifact(ArtifactKind.ConversionMarker, marker));
            }
        }
        var compact = text.Trim();
        if (compact.Length >= 4 && compact.Length % 2 == 0
            && compact.AsSpan(0, compact.Length / 2).SequenceEqual(compact.AsSpan(compact.Length / 2)))
        {
            (found ??= []).Add(new TextArtifact(ArtifactKind.DoubledText, compact[..(compact.Length / 2)]));
        }
        else if (InnerRepeat(compact) is ({ } start, var length))
        {
            (found ??= []).Add(new TextArtifact(ArtifactKind.DoubledText, compact.Substring(start, 2 * length)));
        }
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == text[i - 1] && c is >= '\u4E00' and <= '\u9FFF' && !RealDoubles.Contains(text.Substring(i - 1, 2)))
            {
                (found ??= []).Add(new TextArtifact(ArtifactKind.DoubledCharacter, text.Substring(i - 1, 2)));
            }
        }
        return found ?? (IReadOnlyList<TextArtifact>)[];
    }

    /// <summary>
    /// One pass that rules out clean text (nearly all of it) before the searches below: no quote, no
    /// character a marker starts with, no doubled CJK character, not two equal halves.
    /// </summary>
    private static bool MayBeDamaged(string text)
    {
        if (text.AsSpan().ContainsAny(DamageHints))
        {
            return true;
        }
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == text[i - 1] && text[i] is >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }
        var trimmed = IsBlank(text[0]) || IsBlank(text[^1]) ? text.AsSpan().Trim() : text.AsSpan();
        return (trimmed.Length >= 4 && trimmed.Length % 2 == 0 && trimmed[0] == trimmed[trimmed.Length / 2]) || InnerRepeat(trimmed).Start is not null;
    }

    /// <summary>The shortest piece a conversion writes twice inside a longer text.</summary>
    private const int MinRepeat = 3;

    /// <summary>
    /// A piece of three to sixteen characters written twice in a row inside a text (<c>共854万854万元</c>): it must hold a
    /// digit or be all Chinese, so that 1.1.1 or ...... are not damage. Returns where it starts and its length.
    /// </summary>
    internal static (int? Start, int Length) InnerRepeat(ReadOnlySpan<char> text)
    {
        for (var start = 0; start + 2 * MinRepeat <= text.Length; start++)
        {
            var longest = Math.Min(16, (text.Length - start) / 2);
            for (var length = MinRepeat; length <= longest; length++)
            {
                // Cheapest test first: the characters right after each copy must agree.
                if (text[start] == text[start + length] && text[start..(start + length)].SequenceEqual(text.Slice(start + length, length))
                    && IsDamagePiece(text.Slice(start, length)))
                {
                    return (start, length);
                }
            }
        }
        return (null, 0);
    }

    private static bool IsDamagePiece(ReadOnlySpan<char> piece)
    {
        bool digit = false, allChinese = true, varied = false;
        foreach (var c in piece)
        {
            digit |= char.IsAsciiDigit(c);
            allChinese &= c is >= '\u4E00' and <= '\u9FFF';
            varied |= c != piece[0];
        }
        return varied && (digit || allChinese);
    }

    /// <summary>The blanks conversion leaves at the ends of cells; cheaper than char.IsWhiteSpace on CJK text.</summary>
    private static bool IsBlank(char c) => c is <= ' ' or '\u3000' or '\u00A0';

    /// <summary>Quotes, and the first characters of <see cref="Markers"/>.</summary>
    private static readonly SearchValues<char> DamageHints = SearchValues.Create("\"“”[MHP_\uFFFD□");
}
