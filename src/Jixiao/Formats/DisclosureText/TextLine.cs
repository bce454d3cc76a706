namespace Jixiao.Formats.DisclosureText;

/// <summary>
/// One line of the disclosure text: its number, whether it is a table cell (tab-prefixed), and where its
/// text (bookmark markers removed, trimmed) lies in the document. Lines are not copied out of the
/// document until their text is needed: cells that repeat the row above are never copied at all.
/// </summary>
internal readonly record struct TextLine(int Number, bool IsCell, int Start, int Length)
{
    public bool IsBlank => !IsCell && Length == 0;

    public ReadOnlySpan<char> Span(string content) => content.AsSpan(Start, Length);

    public string Text(string content) => Length == 0 ? "" : content.Substring(Start, Length);

    /// <summary>Locates one line of raw text within the document.</summary>
    public static TextLine Of(int number, string content, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(content.Length);
        var line = content.AsSpan(start, length).TrimEnd('\r');
        var isCell = line.Length > 0 && line[0] == '\t';
        if (isCell)
        {
            line = line[1..];
            start++;
        }
        var text = StripBookmarks(line);
        start += line.Length - text.Length;
        var trimmedStart = text.TrimStart();
        start += text.Length - trimmedStart.Length;
        return new TextLine(number, isCell, start, trimmedStart.TrimEnd().Length);
    }

    private static ReadOnlySpan<char> StripBookmarks(ReadOnlySpan<char> line)
    {
        while (true)
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith("[bookmark:", StringComparison.Ordinal))
            {
                return line;
            }
            var end = trimmed.IndexOf(']');
            if (end < 0)
            {
                return line;
            }
            line = trimmed[(end + 1)..];
        }
    }
}
