using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// Edits a workbook the way a user in Excel would, through OpenXml (independent of Jixiao's writer): change
/// cells, delete and add rows of a sheet. Shared with the web tests (linked into that project).
/// </summary>
public static class SheetEdits
{
    /// <summary>The workbook with <paramref name="edit"/> applied to the rows of the sheet whose name starts with <paramref name="sheetName"/>.</summary>
    public static byte[] Edit(byte[] xlsx, string sheetName, Action<SheetData> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Descendants<Sheet>().First(s => s.Name!.Value!.StartsWith(sheetName, StringComparison.Ordinal));
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            edit(part.Worksheet.GetFirstChild<SheetData>()!);
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A new workbook of one sheet with one row of text cells, as a user might make in Excel.</summary>
    public static byte[] NewWorkbook(string sheetName, params (string Column, string Text)[] cells)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            var rows = new SheetData();
            AddRow(rows, 1, cells);
            part.Worksheet = new Worksheet(rows);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The row whose first cell holds the 行标识 <paramref name="id"/>.</summary>
    public static Row Row(SheetData rows, string id)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Elements<Row>().First(r => r.Elements<Cell>().FirstOrDefault()?.InlineString?.Text?.Text == id);
    }

    /// <summary>The cell of a row in a column (<c>"F"</c>).</summary>
    public static Cell Cell(Row row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith(column, StringComparison.Ordinal));
    }

    /// <summary>Replaces a text cell's text.</summary>
    public static void SetText(Row row, string column, string text) => Cell(row, column).InlineString!.Text!.Text = text;

    /// <summary>Appends a row of text cells (column letter → text), as typed below a table.</summary>
    public static void AddRow(SheetData rows, uint index, params (string Column, string Text)[] cells)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var added = new Row { RowIndex = index };
        foreach (var (column, text) in cells)
        {
            added.Append(new Cell { CellReference = column + index, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
        }
        rows.Append(added);
    }
}
