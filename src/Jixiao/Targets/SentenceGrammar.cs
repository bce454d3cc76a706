namespace Jixiao.Targets;

/// <summary>
/// Targets that carry more than the measure (issue 14): a qualifier in brackets after the value
/// (<c>≥95%（含）</c>, <c>≤30天(工作日)</c>, <c>100%（按计划）</c>), and a target inside a sentence
/// (<c>全年培训人数达到500人以上</c>, <c>确保覆盖率达到95%以上</c>). The measure is read from its part of the text; the
/// text itself stays as written. A sentence with more than one number, or without a comparator, is left alone: which
/// number is the target would be a guess.
/// </summary>
internal static class SentenceGrammar
{
    private const int MaxSentence = 60;

    public static bool TryRead(string compact, TargetContext context, out Comparator comparator, out decimal value, out string? unit, out bool implied)
    {
        (comparator, value, unit, implied) = (default, 0, null, false);
        var core = WithoutQualifier(compact);
        if (core.Length < compact.Length && core.Length > 0
            && QuantityGrammar.TryRead(core, context, out comparator, out value, out unit, out implied))
        {
            return true;
        }
        if (compact.Length > MaxSentence || NumberRuns(core) != 1)
        {
            return false;
        }
        // The longest "comparator? number unit suffix?" that ends the sentence or stands before a closing word.
        for (var start = 0; start < core.Length; start++)
        {
            if (start > 0 && !StartsMeasure(core, start))
            {
                continue;
            }
            for (var end = core.Length; end > start; end--)
            {
                // Inside a sentence only a written comparator makes a number the target (预计值210010 stays unreadable).
                if (QuantityGrammar.TryRead(core[start..end], context, out comparator, out value, out unit, out implied) && !implied)
                {
                    return start > 0 || end < core.Length;
                }
            }
        }
        return false;
    }

    /// <summary>The text without a bracketed tail: ≥95%（含） → ≥95%.</summary>
    private static string WithoutQualifier(string compact)
    {
        if (compact.Length < 3 || compact[^1] is not (')' or '）'))
        {
            return compact;
        }
        var open = compact.LastIndexOfAny(['(', '（']);
        return open > 0 ? compact[..open] : compact;
    }

    /// <summary>A measure starts at a comparator word or a digit that does not continue a number.</summary>
    private static bool StartsMeasure(string text, int at) =>
        ComparatorWords.ReadPrefix(text.AsSpan(at), out _) > 0 || (char.IsAsciiDigit(text[at]) && !char.IsAsciiDigit(text[at - 1]) && text[at - 1] != '.');

    private static int NumberRuns(string text)
    {
        var runs = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !(char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',')))
            {
                runs++;
            }
        }
        return runs;
    }
}
