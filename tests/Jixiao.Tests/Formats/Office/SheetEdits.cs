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
            var part = SheetPart(document, sheetName);
            edit(part.Worksheet.GetFirstChild<SheetData>()!);
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }

    /// <summary>What <paramref name="read"/> finds in the rows of the sheet whose name starts with <paramref name="sheetName"/>.</summary>
    public static T Read<T>(byte[] xlsx, string sheetName, Func<SheetData, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        return read(SheetPart(document, sheetName).Worksheet.GetFirstChild<SheetData>()!);
    }

    private static WorksheetPart SheetPart(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().First(s => s.Name!.Value!.StartsWith(sheetName, StringComparison.Ordinal));
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }

    /// <summary>
    /// The workbook saved again the way Excel and WPS save it: the text of every cell of every sheet, hidden ones
    /// included, moved from inline strings into the shared string table, and every part written anew by OpenXml.
    /// </summary>
    public static byte[] Resave(byte[] xlsx)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var strings = (workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>()).SharedStringTable ??= new SharedStringTable();
            foreach (var part in workbook.WorksheetParts)
            {
                foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.InlineString is not null).ToList())
                {
                    strings.AppendChild(new SharedStringItem(new Text(cell.InlineString!.InnerText)));
                    cell.InlineString.Remove();
                    (cell.DataType, cell.CellValue) = (CellValues.SharedString, new CellValue(strings.ChildElements.Count - 1));
                }
                part.Worksheet.Save();
            }
            strings.Save();
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The names of a workbook's hidden sheets.</summary>
    public static List<string> HiddenSheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        return [.. document.WorkbookPart!.Workbook.Descendants<Sheet>().Where(s => s.State?.Value == SheetStateValues.Hidden).Select(s => s.Name!.Value!)];
    }

    /// <summary>The 行标识 in column A of a sheet below its 行标识 header, one per row (an indicator of several rows repeats).</summary>
    public static List<string> RowIds(byte[] xlsx, string sheetName) => Read(xlsx, sheetName, rows =>
        rows.Elements<Row>().Select(r => r.Elements<Cell>().FirstOrDefault()).Where(c => c?.CellReference?.Value?.StartsWith('A') == true)
            .Select(c => c!.InlineString?.Text?.Text ?? "").SkipWhile(text => text != "行标识").Skip(1).Where(text => text.Length > 0).ToList());

    /// <summary>The text of one cell (<c>"A12"</c>) of a sheet; null when the cell is empty or missing.</summary>
    public static string? Text(byte[] xlsx, string sheetName, string reference) =>
        Read(xlsx, sheetName, rows => rows.Descendants<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference)?.InlineString?.Text?.Text);

    /// <summary>The first row whose 三级指标 (column D of exported sheets) is <paramref name="name"/>.</summary>
    public static Row RowNamed(SheetData rows, string name)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Elements<Row>().First(r => r.Elements<Cell>().Any(c => c.CellReference?.Value?.StartsWith('D') == true && c.InlineString?.Text?.Text == name));
    }

    /// <summary>The 行标识 of a row (its column A).</summary>
    public static string RowId(Row row) => Cell(row, "A").InlineString!.Text!.Text;

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

    /// <summary>Replaces the text of the text cell at <paramref name="reference"/> (<c>"B3"</c>).</summary>
    public static void SetCell(SheetData rows, string reference, string text)
    {
        ArgumentNullException.ThrowIfNull(rows);
        rows.Descendants<Cell>().Single(c => c.CellReference?.Value == reference).InlineString!.Text!.Text = text;
    }

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
