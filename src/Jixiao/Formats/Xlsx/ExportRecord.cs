using System.Collections.Immutable;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// 导出清单 — the indicators an exported workbook was written with: the 行标识 of each, with its project, kept in a
/// hidden sheet (<see cref="SheetName"/>) of plain text cells, which Excel and WPS keep when they save the file.
/// When the edited workbook comes back it tells a row the user deleted (its 行标识 is listed) from an indicator
/// someone added in the app after the export (not listed): <see cref="ChangePreview"/> removes the first and keeps
/// the second. Written only with stable 行标识 (<see cref="RowIds.Stable"/>): positional ones point to other
/// indicators once rows change, and a list of them would too.
/// </summary>
public sealed class ExportRecord
{
    /// <summary>The name of the hidden sheet that holds the record.</summary>
    public const string SheetName = "导出的行标识";

    /// <summary>The code of the warning for a record sheet that was changed so that it cannot be read (the cell is named).</summary>
    public const string DamagedCode = "export-record";

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>A record of these rows; a 行标识 listed twice is a bug of the caller (the reader reports it as damage).</summary>
    public ExportRecord(IEnumerable<ExportedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = [.. rows];
        if (Rows.FirstOrDefault(row => !_ids.Add(row.RowId)) is { } repeated)
        {
            throw new ArgumentException($"The 行标识 '{repeated.RowId}' is listed twice.", nameof(rows));
        }
    }

    /// <summary>The exported indicators in the order of the export.</summary>
    public ImmutableArray<ExportedRow> Rows { get; }

    /// <summary>Whether the workbook was exported with the indicator of this 行标识.</summary>
    public bool Contains(string rowId) => _ids.Contains(rowId);
}

/// <summary>One exported indicator of an <see cref="ExportRecord"/>: its project, its 行标识, and the cell of the record sheet that holds the id (<c>B7</c>).</summary>
public sealed record ExportedRow(string Fund, string RowId, string Cell);
