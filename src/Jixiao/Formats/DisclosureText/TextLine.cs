namespace Jixiao.Formats.DisclosureText;

/// <summary>One line of the disclosure text: its number, whether it is a table cell (tab-prefixed), and its text.</summary>
internal readonly record struct TextLine(int Number, bool IsCell, string Text)
{
    public bool IsBlank => !IsCell && Text.Length == 0;

    /// <summary>Splits text into lines, removing Word's bookmark markers and trimming.</summary>
    public static List<TextLine> Split(string content)
    {
        var lines = new List<TextLine>(content.Length / 24);
        var number = 0;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            number++;
            var line = content.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).TrimEnd('\r');
            var isCell = line.Length > 0 && line[0] == '\t';
            var text = StripBookmarks(isCell ? line[1..] : line).Trim();
            lines.Add(new TextLine(number, isCell, text.ToString()));
        }
        return lines;
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
