using System.Buffers;

namespace Jixiao.Checks;

/// <summary>
/// Finds any of a few words (计划标准, 资金投入 …) in a short cell: one vectorised scan for the words'
/// first characters, then a comparison where one stands. For a handful of CJK words in cells of a few
/// dozen characters this beats a general multi-string search, and nothing is allocated.
/// </summary>
public sealed class WordSearch
{
    private readonly SearchValues<char> _firsts;
    private readonly string[] _words;

    public WordSearch(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = [.. words.Where(w => w.Length > 0)];
        _firsts = SearchValues.Create([.. _words.Select(w => w[0]).Distinct()]);
    }

    /// <summary>The first of the words found in <paramref name="text"/>, or null.</summary>
    public string? FindIn(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(_firsts);
            if (at < 0)
            {
                return null;
            }
            var rest = text[(offset + at)..];
            foreach (var word in _words)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return word;
                }
            }
            offset += at + 1;
        }
        return null;
    }
}
