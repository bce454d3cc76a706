namespace Jixiao.Targets;

/// <summary>
/// Normalises how targets are typed: full-width ASCII (<c>９５％</c>) to half-width, the look-alike
/// comparators (≧ ≦ ═ ‹) to ≥ ≤ = &lt;, and white space removed. The original text is kept elsewhere.
/// </summary>
internal static class TargetText
{
    public static string Compact(string text)
    {
        // Most targets are already compact: don't allocate for them.
        var clean = true;
        foreach (var c in text)
        {
            if (Map(c) != c)
            {
                clean = false;
                break;
            }
        }
        return clean ? text : CompactSlow(text);
    }

    private static string CompactSlow(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var mapped = Map(c);
            if (mapped != '\0')
            {
                buffer[length++] = mapped;
            }
        }
        return new string(buffer[..length]);
    }

    /// <summary>One character normalised; '\0' for white space, which is dropped.</summary>
    private static char Map(char c) => c switch
    {
        ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n' => '\0',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '≧' => '≥',
        '≦' => '≤',
        '═' or '〓' => '=',
        '‹' or '〈' => '<',
        '›' or '〉' => '>',
        '〜' or '—' or '–' => '~',
        _ => c,
    };

    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Text written twice in a row (<c>854万854万</c>), a conversion artefact.</summary>
    public static bool IsDoubled(ReadOnlySpan<char> compact) =>
        (compact.Length >= 4 && compact.Length % 2 == 0 && compact[..(compact.Length / 2)].SequenceEqual(compact[(compact.Length / 2)..]))
        || Formats.TextArtifacts.InnerRepeat(compact).Start is not null;
}
