namespace Jixiao.Formats.TextCopy;

/// <summary>How a copied table separates its cells (issue 14): what a browser, a PDF viewer or pdftotext gives.</summary>
public enum CellSplit
{
    /// <summary>Cells between tabs, one row per line (a table copied from a web page or from Excel).</summary>
    Tabs,
    /// <summary>Cells between <c>|</c> (Markdown-like tables, text made by other tools).</summary>
    Pipes,
    /// <summary>Cells between runs of spaces, aligned in columns (<c>pdftotext -layout</c>, fixed-width text).</summary>
    Spaces,
    /// <summary>One cell per line (a PDF viewer's copy, <c>pdftotext</c> without -layout, some phone pages).</summary>
    OnePerLine,
}

/// <summary>A cell cut out of a line: its text and, for space-separated text, the display column where it starts.</summary>
internal readonly record struct LineCell(string Text, int Column);

/// <summary>Cuts one line into cells by a <see cref="CellSplit"/>.</summary>
internal static class CellSplitter
{
    public static List<LineCell> Split(string line, CellSplit split) => split switch
    {
        CellSplit.Tabs => ByTabs(line),
        CellSplit.Pipes => ByPipes(line),
        CellSplit.Spaces => BySpaces(line),
        CellSplit.OnePerLine => line.Trim() is { Length: > 0 } text ? [new LineCell(text, 0)] : [],
    };

    /// <summary>Whether a line is cut into cells by the split (a table line rather than a paragraph).</summary>
    public static bool IsTableLine(string line, CellSplit split) => split switch
    {
        CellSplit.Tabs => line.Contains('\t', StringComparison.Ordinal) && line.Trim().Length > 0,
        CellSplit.Pipes => line.Contains('|', StringComparison.Ordinal) && !IsRule(line),
        CellSplit.Spaces => BySpaces(line).Count >= 2,
        CellSplit.OnePerLine => false,
    };

    /// <summary>A separator line of a drawn table: <c>|---|:--|</c>, <c>+----+----+</c>, <c>======</c>.</summary>
    public static bool IsRule(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is not ('|' or '+' or '-' or ':' or '=' or ' ' or '─' or '━' or '┼' or '│' or '—'))
            {
                return false;
            }
        }
        return true;
    }

    private static List<LineCell> ByTabs(string line)
    {
        var parts = line.TrimEnd().Split('\t');
        var cells = new List<LineCell>(parts.Length);
        var end = parts.Length;
        while (end > 0 && parts[end - 1].Trim().Length == 0)
        {
            end--;
        }
        for (var i = 0; i < end; i++)
        {
            cells.Add(new LineCell(parts[i].Trim(), i));
        }
        return cells;
    }

    private static List<LineCell> ByPipes(string line)
    {
        var text = line.Trim().Replace('│', '|');
        if (text.StartsWith('|')) text = text[1..];
        if (text.EndsWith('|')) text = text[..^1];
        var parts = text.Split('|');
        var cells = new List<LineCell>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            cells.Add(new LineCell(parts[i].Trim(), i));
        }
        return cells;
    }

    /// <summary>Cells separated by two or more blanks (an ideographic space counts two), with their display columns.</summary>
    private static List<LineCell> BySpaces(string line)
    {
        var cells = new List<LineCell>();
        var column = 0;
        var start = -1;
        var startColumn = 0;
        var blanks = 0;
        var blankStart = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var width = Width(c);
            if (c is ' ' or '\u3000' or '\u00A0')
            {
                if (blanks == 0) blankStart = i;
                blanks += width;
            }
            else
            {
                if (start >= 0 && blanks >= 2)
                {
                    cells.Add(new LineCell(line[start..blankStart].Trim(), startColumn));
                    start = -1;
                }
                if (start < 0)
                {
                    (start, startColumn) = (i, column);
                }
                blanks = 0;
            }
            column += width;
        }
        if (start >= 0)
        {
            cells.Add(new LineCell(line[start..].Trim(), startColumn));
        }
        return cells;
    }

    /// <summary>Display width: CJK and full-width forms take two columns, as in a terminal or pdftotext -layout.</summary>
    public static int Width(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            ? 2
            : 1;
}
