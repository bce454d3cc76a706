using System.Collections.Immutable;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Xlsx;

/// <summary>A merged area of a sheet: 1-based rows, 0-based columns, both ends inclusive, clamped to the limits.</summary>
internal readonly record struct SheetMerge(int Row1, int Column1, int Row2, int Column2)
{
    public static SheetMerge Of((int Row, int Column) from, (int Row, int Column) to)
    {
        var (row1, row2) = (Math.Min(from.Row, to.Row), Math.Max(from.Row, to.Row));
        var (column1, column2) = (Math.Min(from.Column, to.Column), Math.Max(from.Column, to.Column));
        return new(row1, column1, (int)Math.Min(row2, (long)row1 + OfficeLimits.MaxSheetRows), Math.Min(column2, OfficeLimits.MaxColumns - 1));
    }

    /// <summary>The cells the area covers: what spelling it out costs.</summary>
    public long Cells => ((long)Row2 - Row1 + 1) * (Column2 - Column1 + 1);
}

/// <summary>
/// A sheet as a rectangular grid that costs what the sheet holds. A sheet whose span (largest row × widest column) is
/// within <see cref="OfficeLimits.MaxSheetCells"/> is laid out row for row, as Excel shows it. A sparser one (a cell at
/// row 99,999,999) keeps only the rows that hold cells or merged areas, with one empty row for each gap between
/// them; <see cref="SourceRows"/> then gives each grid row its row number in the sheet, so places still name the real
/// cell. <see cref="Cells"/> is what the grid costs, checked against the same limit by the caller.
/// </summary>
internal sealed record SheetGrid(IReadOnlyList<GridCell[]> Rows, ImmutableArray<int> SourceRows, long Cells)
{
    public static SheetGrid TooLarge(long cells) => new([], [], cells);

    public static SheetGrid Build(SortedDictionary<int, Dictionary<int, string>> rows, List<SheetMerge> merges)
    {
        var height = Math.Max(rows.Count == 0 ? 0 : rows.Keys.Max(), merges.Count == 0 ? 0 : merges.Max(m => m.Row2));
        var width = Math.Max(rows.Count == 0 ? 0 : rows.Values.Max(r => r.Count == 0 ? 0 : r.Keys.Max() + 1), merges.Count == 0 ? 0 : merges.Max(m => m.Column2 + 1));
        var dense = (long)height * width <= OfficeLimits.MaxSheetCells;
        var numbers = dense ? [.. Enumerable.Range(1, height)] : Sparse(rows, merges);
        if ((long)numbers.Count * width > OfficeLimits.MaxSheetCells)
        {
            return TooLarge((long)numbers.Count * width);
        }
        var index = new Dictionary<int, int>(numbers.Count);
        var grid = new List<GridCell[]>(numbers.Count);
        foreach (var number in numbers)
        {
            index[number] = grid.Count;
            var line = new GridCell[width];
            rows.TryGetValue(number, out var cells);
            for (var c = 0; c < width; c++)
            {
                line[c] = cells is not null && cells.TryGetValue(c, out var text) ? new GridCell(text, CellMerge.None) : GridCell.Empty;
            }
            grid.Add(line);
        }
        foreach (var merge in merges)
        {
            Spell(grid, index, merge);
        }
        return new SheetGrid(grid, dense ? [] : [.. numbers], (long)grid.Count * width);
    }

    /// <summary>The rows that hold cells or merged areas, in order, with the first row of every gap before them.</summary>
    private static List<int> Sparse(SortedDictionary<int, Dictionary<int, string>> rows, List<SheetMerge> merges)
    {
        var held = new SortedSet<int>(rows.Keys);
        foreach (var merge in merges)
        {
            for (var r = merge.Row1; r <= merge.Row2 && r > 0; r++)
            {
                held.Add(r);
            }
        }
        var numbers = new List<int>(held.Count * 2);
        var previous = 0;
        foreach (var number in held)
        {
            if (number > previous + 1)
            {
                numbers.Add(previous + 1);
            }
            numbers.Add(number);
            previous = number;
        }
        return numbers;
    }

    private static void Spell(List<GridCell[]> grid, Dictionary<int, int> index, SheetMerge merge)
    {
        if (!index.TryGetValue(merge.Row1, out var first))
        {
            return;
        }
        var text = grid[first][merge.Column1].Text;
        for (var r = merge.Row1; r <= merge.Row2 && r > 0; r++)
        {
            if (!index.TryGetValue(r, out var at))
            {
                continue;
            }
            for (var c = merge.Column1; c <= merge.Column2; c++)
            {
                if (r != merge.Row1 || c != merge.Column1)
                {
                    grid[at][c] = new GridCell(text, r > merge.Row1 ? CellMerge.Above : CellMerge.Left);
                }
            }
        }
    }
}
