using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Html;

/// <summary>
/// An HTML table as a rectangular grid: a cell spanning rows or columns covers the cells under it and to its right,
/// which carry its text and say they are covered (<see cref="CellMerge"/>), as Word's and Excel's merges do.
/// Spans are clamped, and a grid beyond <see cref="HtmlLimits"/> is refused before it is allocated.
/// </summary>
internal static class HtmlTableGrid
{
    public static List<GridCell[]> Of(IElement table, out string? tooLarge)
    {
        tooLarge = null;
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        if (rows.Count > HtmlLimits.MaxRows)
        {
            tooLarge = string.Create(CultureInfo.InvariantCulture, $"{rows.Count} > {HtmlLimits.MaxRows}");
            return [];
        }
        var grid = new List<GridCell?[]>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Children.Where(c => c.LocalName is "td" or "th"))
            {
                while (column < OfficeLimits.MaxColumns && At(grid, r, column) is not null)
                {
                    column++;
                }
                if (column >= OfficeLimits.MaxColumns)
                {
                    break;
                }
                var columnSpan = Math.Clamp(Span(cell, "colspan"), 1, OfficeLimits.MaxColumns - column);
                var rowSpan = Math.Clamp(Span(cell, "rowspan"), 1, rows.Count - r);
                if ((long)(r + rowSpan) * (column + columnSpan) > HtmlLimits.MaxGridCells)
                {
                    tooLarge = string.Create(CultureInfo.InvariantCulture, $"{(long)(r + rowSpan) * (column + columnSpan)} > {HtmlLimits.MaxGridCells}");
                    return [];
                }
                var text = CellText(cell);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        Set(grid, r + dr, column + dc, new GridCell(text, dr > 0 ? CellMerge.Above : dc > 0 ? CellMerge.Left : CellMerge.None));
                    }
                }
                column += columnSpan;
            }
            while (grid.Count <= r)
            {
                grid.Add([]);
            }
        }
        var width = grid.Count == 0 ? 0 : grid.Max(g => g.Length);
        return [.. grid.Select(row => Enumerable.Range(0, width).Select(c => c < row.Length && row[c] is { } cell ? cell : GridCell.Empty).ToArray())];
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span > 0 ? span : 1;

    private static GridCell? At(List<GridCell?[]> grid, int row, int column) =>
        row < grid.Count && column < grid[row].Length ? grid[row][column] : null;

    private static void Set(List<GridCell?[]> grid, int row, int column, GridCell cell)
    {
        while (grid.Count <= row)
        {
            grid.Add([]);
        }
        if (grid[row].Length <= column)
        {
            var wider = new GridCell?[Math.Max(column + 1, grid[row].Length * 2)];
            grid[row].CopyTo(wider, 0);
            grid[row] = wider;
        }
        grid[row][column] = cell;
    }

    /// <summary>A cell's text with its line breaks (br, p, div, li) kept as new lines.</summary>
    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText part)
            {
                text.Append(part.Data);
                continue;
            }
            if (node is IElement element)
            {
                if (element.LocalName is "br")
                {
                    text.Append('\n');
                    continue;
                }
                if (element.LocalName is "script" or "style")
                {
                    continue;
                }
                if (element != cell && element.LocalName is "p" or "div" or "li")
                {
                    text.Append('\n');
                }
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }
        return HtmlText.Collapse(text.ToString());
    }
}
