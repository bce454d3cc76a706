using Jixiao.Diagnostics;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// The hidden sheet of an <see cref="ExportRecord"/>: a header row (项目名称, 行标识, a note saying what the sheet is
/// for) and one row per exported indicator. Read back by its name, its columns found by their header text; a sheet
/// changed so that it cannot be trusted is a warning naming the sheet and cell, and no record.
/// </summary>
internal static class ExportRecordSheet
{
    private const string FundHeader = "项目名称";

    public static SheetWriter Write(GoalSet goals, RowIds ids)
    {
        var sheet = new SheetWriter(ExportRecord.SheetName) { Hidden = true }.Column(0, 30).Column(1, 24).Column(2, 80);
        sheet.Row(CellStyle.Header, FundHeader, FormColumns.RowIdHeader, LocalizedText.Get("Xlsx.ExportRecord.Note", Cultures.Chinese));
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            for (var i = 0; i < goals.Funds[f].Indicators.Length; i++)
            {
                sheet.Row(CellStyle.BodyLeft, goals.Funds[f].Name, ids.Of(f, i));
            }
        }
        return sheet;
    }

    /// <summary>
    /// Takes the record sheet out of a workbook's tables (it is no table of goals) and reads it: null when the
    /// workbook has none, or when it was changed so that it cannot be read (then a warning is added).
    /// </summary>
    public static ExportRecord? Take(List<OfficeBlock> blocks, string fileName, List<Diagnostic> diagnostics)
    {
        var index = blocks.FindIndex(b => b is TableBlock { Name: ExportRecord.SheetName });
        if (index < 0)
        {
            return null;
        }
        var table = (TableBlock)blocks[index];
        blocks.RemoveAt(index);
        var header = FindHeader(table);
        var idColumn = header < table.Rows.Count ? Array.IndexOf(table.Texts(header), FormColumns.RowIdHeader) : -1;
        if (idColumn < 0)
        {
            diagnostics.Add(Damaged(table, fileName, "Office.ExportRecord.NoHeader", Math.Min(header, table.Rows.Count), 0, FormColumns.RowIdHeader));
            return null;
        }
        var fundColumn = Array.IndexOf(table.Texts(header), FundHeader);
        var rows = new List<ExportedRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = header + 1; r < table.Rows.Count; r++)
        {
            var texts = table.Texts(r);
            var id = texts[idColumn].Trim();
            if (texts.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (id.Length == 0 || RowIds.IsPositionalId(id) || !seen.Add(id))
            {
                diagnostics.Add(Damaged(table, fileName, "Office.ExportRecord.BadId", r, idColumn, id));
                return null;
            }
            rows.Add(new ExportedRow(fundColumn < 0 ? "" : texts[fundColumn].Trim(), id, SheetWriter.Reference(r + 1, idColumn)));
        }
        return new ExportRecord(rows);
    }

    /// <summary>The first row with any text (0-based), or the row count when there is none.</summary>
    private static int FindHeader(TableBlock table)
    {
        var row = 0;
        while (row < table.Rows.Count && table.Texts(row).All(string.IsNullOrWhiteSpace))
        {
            row++;
        }
        return row;
    }

    /// <summary>The warning for a record that cannot be read: file, sheet, cell (0-based row and column here) and what it holds.</summary>
    private static Diagnostic Damaged(TableBlock table, string fileName, string key, int row, int column, string text) =>
        Diagnostic.Warning(ExportRecord.DamagedCode, new SourceRef(Table: table.Number, Row: row + 1, Column: column + 1), key,
            fileName, ExportRecord.SheetName, SheetWriter.Reference(row + 1, column), text);
}
