namespace Jixiao.Formats.Office;

/// <summary>How a table cell relates to its neighbours after merges are spelled out.</summary>
public enum CellMerge
{
    /// <summary>A cell of its own (or the first cell of a merged area).</summary>
    None,
    /// <summary>Covered by the cell above (Word's vMerge continue, Excel's merged area).</summary>
    Above,
    /// <summary>Covered by the cell to the left (gridSpan, horizontal merged area).</summary>
    Left,
}

/// <summary>One cell on the grid: its own text, or the text of the merged area that covers it.</summary>
public readonly record struct GridCell(string Text, CellMerge Merge)
{
    public static GridCell Empty { get; } = new("", CellMerge.None);
}

/// <summary>A block of a document: a paragraph or a table, in reading order.</summary>
public abstract record OfficeBlock;

/// <summary>A paragraph outside tables (a heading, a list item, a title).</summary>
public sealed record ParagraphBlock(string Text) : OfficeBlock;

/// <summary>
/// A table (or a sheet) as a rectangular grid with merges resolved: every covered cell carries the
/// text of the cell that covers it. <see cref="Number"/> is 1-based in document order; <see cref="Name"/>
/// is the sheet name for workbooks.
/// </summary>
public sealed record TableBlock(int Number, string? Name, IReadOnlyList<GridCell[]> Rows) : OfficeBlock
{
    /// <summary>The texts of a row, merged cells included.</summary>
    public string[] Texts(int row) => [.. Rows[row].Select(c => c.Text)];
}
