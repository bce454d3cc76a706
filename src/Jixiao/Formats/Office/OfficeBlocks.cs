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
public sealed record ParagraphBlock(string Text) : OfficeBlock
{
    /// <summary>The 1-based source line of a paragraph read from text; null for Word paragraphs (counted instead).</summary>
    public int? Line { get; init; }
}

/// <summary>
/// A table (or a sheet) as a rectangular grid with merges resolved: every covered cell carries the
/// text of the cell that covers it. <see cref="Number"/> is 1-based in document order; <see cref="Name"/>
/// is the sheet name for workbooks.
/// </summary>
public sealed record TableBlock(int Number, string? Name, IReadOnlyList<GridCell[]> Rows) : OfficeBlock
{
    /// <summary>Rows of the source table before this block (a form stacked under another in one sheet is read apart).</summary>
    public int RowOffset { get; init; }

    /// <summary>For tables rebuilt from text (copies, pdftotext): the 1-based source line of each row; empty otherwise.</summary>
    public System.Collections.Immutable.ImmutableArray<int> Lines { get; init; } = [];

    /// <summary>For sparse sheets: the 1-based row number in the sheet of each grid row (gaps left out); empty otherwise.</summary>
    public System.Collections.Immutable.ImmutableArray<int> SourceRows { get; init; } = [];

    /// <summary>The texts of a row, merged cells included.</summary>
    public string[] Texts(int row) => [.. Rows[row].Select(c => c.Text)];

    /// <summary>
    /// Where a cell (0-based row, 0-based column or none) was read: its line for a table rebuilt from text, else
    /// table, row (counted in the source table) and column.
    /// </summary>
    public Goals.SourceRef Where(int row, int? column) =>
        !Lines.IsDefaultOrEmpty && row < Lines.Length
            ? new Goals.SourceRef(Line: Lines[row], Column: column + 1)
            : new Goals.SourceRef(Table: Number, Row: !SourceRows.IsDefaultOrEmpty && row < SourceRows.Length ? SourceRows[row] : RowOffset + row + 1, Column: column + 1);
}
