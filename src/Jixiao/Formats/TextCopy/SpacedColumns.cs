namespace Jixiao.Formats.TextCopy;

/// <summary>
/// Space-separated tables (pdftotext -layout, fixed-width text) keep their columns by position: a cell belongs to the
/// header column it starts under, so a merged 一级 left blank does not shift the cells after it.
/// </summary>
internal static class SpacedColumns
{
    /// <summary>How far left of its header a cell may start and still be under it (display columns).</summary>
    private const int Slack = 2;

    public static List<(int Line, List<string> Cells)> Place(List<(int Line, List<string> Cells)> rows, List<List<LineCell>> positions)
    {
        var header = rows.FindIndex(r => TextCopyLayout.IsHeader(r.Cells));
        if (header < 0)
        {
            return rows;
        }
        var starts = positions[header].Select(c => c.Column).ToArray();
        var placed = new List<(int, List<string>)>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            placed.Add(r > header && Positional(positions[r], starts) is { } cells ? (rows[r].Line, cells) : rows[r]);
        }
        return placed;
    }

    /// <summary>The row by header positions, or null when two cells fall under one header (the columns do not line up).</summary>
    private static List<string>? Positional(List<LineCell> cells, int[] starts)
    {
        if (cells.Count <= 1)
        {
            return null;
        }
        var row = Enumerable.Repeat("", starts.Length).ToList();
        foreach (var cell in cells)
        {
            var column = Array.FindLastIndex(starts, s => s <= cell.Column + Slack);
            if (column < 0 || row[column].Length > 0)
            {
                return null;
            }
            row[column] = cell.Text;
        }
        return row;
    }
}
