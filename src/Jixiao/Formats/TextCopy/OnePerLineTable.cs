using Jixiao.Formats.Layout;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.TextCopy;

/// <summary>
/// A table copied one cell per line: the form's labels each followed by its value, the header words one per line, then
/// the cells, cut into rows by what they are (<see cref="RowAligner.Split"/>), and the footer (总分 91.5 优).
/// </summary>
internal static class OnePerLineTable
{
    /// <summary>Where the header words starting at <paramref name="start"/> end (exclusive); <paramref name="start"/> when there is no header there.</summary>
    public static int HeaderEnd(CopiedLine[] lines, int start)
    {
        var cells = new List<string>();
        var i = start;
        while (i < lines.Length && !lines[i].IsBlank && TextCopyLayout.IsHeaderWord(lines[i].Text) && !TextCopyLayout.IsFormLabel(lines[i].Text))
        {
            cells.Add(lines[i].Text.Trim());
            i++;
        }
        return cells.Count >= 3 && TextCopyLayout.IsHeader(cells) ? i : start;
    }

    /// <summary>Whether a one-per-line table (its labels or its header) starts at a line.</summary>
    public static bool Starts(CopiedLine[] lines, int i) =>
        HeaderEnd(lines, i) > i || (TextCopyLayout.IsFormLabel(lines[i].Text) && LabelValue(lines, i) is not null);

    public static (List<(int Line, List<string> Cells)> Rows, int End) Read(CopiedLine[] lines, int start)
    {
        var rows = new List<(int, List<string>)>();
        var i = start;
        while (i < lines.Length)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }
            var headerEnd = HeaderEnd(lines, i);
            if (headerEnd > i)
            {
                return ReadIndicators(lines, i, headerEnd, rows);
            }
            if (TextCopyLayout.LabelAndValue(lines[i].Text) is (var label, var value))
            {
                rows.Add((lines[i].Number, [label, value]));
                i++;
            }
            else if (TextCopyLayout.IsFormLabel(lines[i].Text) && LabelValue(lines, i) is (var text, var end))
            {
                rows.Add((lines[i].Number, [lines[i].Text.Trim(), text]));
                i = end;
            }
            else
            {
                break;
            }
        }
        return (rows, i);
    }

    /// <summary>The value lines after a label: one line, or the numbered items of a goals cell.</summary>
    private static (string Text, int End)? LabelValue(CopiedLine[] lines, int label)
    {
        var i = label + 1;
        while (i < lines.Length && lines[i].IsBlank) i++;
        if (i >= lines.Length || TextCopyLayout.IsFormLabel(lines[i].Text) || HeaderEnd(lines, i) > i || TextCopyLayout.IsHeading(lines[i].Text))
        {
            return null;
        }
        var value = lines[i].Text.Trim();
        var end = i + 1;
        while (end < lines.Length && !lines[end].IsBlank && ListNumbering.Strip(lines[end].Text) != lines[end].Text.Trim()
               && ListNumbering.Strip(value) != value && !TextCopyLayout.IsHeading(lines[end].Text))
        {
            value += "\n" + lines[end].Text.Trim();
            end++;
        }
        return (value, end);
    }

    private static (List<(int Line, List<string> Cells)>, int) ReadIndicators(CopiedLine[] lines, int start, int headerEnd,
        List<(int Line, List<string> Cells)> rows)
    {
        var header = lines[start..headerEnd].Select(l => l.Text.Trim()).ToList();
        rows.Add((lines[start].Number, header));
        var aligner = new RowAligner(header);
        var cells = new List<string>();
        var numbers = new List<int>();
        var i = headerEnd;
        for (; i < lines.Length; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (TextCopyLayout.IsHeading(text) || TextCopyLayout.IsTerminal(text) || (TextCopyLayout.IsFormLabel(text) && LabelValue(lines, i) is not null))
            {
                break;
            }
            cells.Add(text);
            numbers.Add(lines[i].Number);
        }
        foreach (var (row, first) in aligner.Split(cells))
        {
            rows.Add((numbers[first], [.. row]));
        }
        while (i < lines.Length && (lines[i].IsBlank || TextCopyLayout.IsTerminal(lines[i].Text)))
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }
            var footer = new List<string> { lines[i].Text.Trim() };
            var line = lines[i].Number;
            i++;
            while (i < lines.Length && !lines[i].IsBlank && footer.Count < 6 && lines[i].Text.Trim().Length <= 12
                   && !TextCopyLayout.IsTerminal(lines[i].Text) && !TextCopyLayout.IsHeading(lines[i].Text))
            {
                footer.Add(lines[i].Text.Trim());
                i++;
            }
            rows.Add((line, footer));
        }
        return (rows, i);
    }
}
