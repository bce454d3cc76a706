using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// A cell of a Word table as users build them: plain, first of a vertical merge (<see cref="Top"/>),
/// covered by the cell above (<see cref="Under"/>), or spanning columns (<see cref="Wide"/>).
/// </summary>
internal sealed record DocxCell(string Text, int Span = 1, bool Restart = false, bool Continue = false)
{
    public static implicit operator DocxCell(string text) => new(text);

    public static DocxCell Top(string text) => new(text, Restart: true);

    public static DocxCell Under { get; } = new("", Continue: true);

    public static DocxCell Wide(string text, int span) => new(text, span);
}

/// <summary>A Word table: rows of cells.</summary>
internal sealed record DocxTable(params DocxCell[][] Rows);

/// <summary>A number cell with a number format, as Excel stores <c>98%</c>: the value 0.98 and the format <c>0%</c>.</summary>
internal sealed record Formatted(double Value, string Format);

/// <summary>A sheet: rows of cells (string → shared string, number → numeric cell, null → none) and merged areas.</summary>
internal sealed record XlsxSheet(string Name, object?[][] Rows, params string[] Merges);

/// <summary>
/// Builds Word and Excel files in the tests with the Open XML SDK, the way Office writes them
/// (shared strings, vMerge, gridSpan, merged areas), independently of Jixiao's own writers.
/// </summary>
internal static class OfficeFixtures
{
    /// <summary>A .docx of paragraphs (strings) and tables (<see cref="DocxTable"/>), in order.</summary>
    public static byte[] Docx(params object[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var block in blocks)
            {
                body.Append(block switch
                {
                    string text => Paragraph(text),
                    DocxTable table => Table(table),
                    _ => throw new ArgumentException("A block is a paragraph text or a table.", nameof(blocks)),
                });
            }
            main.Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static W.Table Table(DocxTable table)
    {
        var result = new W.Table(new W.TableProperties(new W.TableBorders(new W.InsideHorizontalBorder { Val = W.BorderValues.Single })));
        foreach (var row in table.Rows)
        {
            var tableRow = new W.TableRow();
            foreach (var cell in row)
            {
                var properties = new W.TableCellProperties();
                if (cell.Span > 1) properties.Append(new W.GridSpan { Val = cell.Span });
                if (cell.Restart) properties.Append(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                if (cell.Continue) properties.Append(new W.VerticalMerge());
                var tableCell = new W.TableCell(properties);
                foreach (var line in cell.Text.Split('\n'))
                {
                    tableCell.Append(Paragraph(line));
                }
                tableRow.Append(tableCell);
            }
            result.Append(tableRow);
        }
        return result;
    }

    public static byte[] Xlsx(params XlsxSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            var formats = new List<string>();
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < sheet.Rows[r].Length; c++)
                    {
                        if (sheet.Rows[r][c] is { } value)
                        {
                            row.Append(value is Formatted formatted
                                ? FormattedCell(formatted, Reference(r, c), formats)
                                : Cell(value, Reference(r, c), strings.SharedStringTable, index));
                        }
                    }
                    data.Append(row);
                }
                part.Worksheet = new Worksheet(data);
                if (sheet.Merges.Length > 0)
                {
                    part.Worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
                }
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbook.Workbook.Append(sheetList);
            if (formats.Count > 0)
            {
                workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles(formats);
            }
        }
        return stream.ToArray();
    }

    private static Cell FormattedCell(Formatted cell, string reference, List<string> formats)
    {
        var style = formats.IndexOf(cell.Format);
        if (style < 0)
        {
            formats.Add(cell.Format);
            style = formats.Count - 1;
        }
        return new Cell { CellReference = reference, StyleIndex = (uint)(style + 1), CellValue = new CellValue(cell.Value) };
    }

    /// <summary>A stylesheet whose cell style i + 1 has format i: built-in ids for 0% and 0.00% (as Excel writes them), custom ids from 164.</summary>
    private static Stylesheet Styles(List<string> formats)
    {
        var numberingFormats = new NumberingFormats();
        var cellFormats = new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 });
        for (var i = 0; i < formats.Count; i++)
        {
            uint id = formats[i] switch { "0%" => 9, "0.00%" => 10, "#,##0.00" => 4, _ => (uint)(164 + i) };
            if (id >= 164)
            {
                numberingFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = formats[i] });
            }
            cellFormats.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true });
        }
        return new Stylesheet(numberingFormats,
            new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()), new CellStyleFormats(new CellFormat()), cellFormats);
    }

    private static Cell Cell(object value, string reference, SharedStringTable strings, Dictionary<string, int> index)
    {
        if (value is string text)
        {
            if (!index.TryGetValue(text, out var i))
            {
                i = index[text] = index.Count;
                strings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
            return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i) };
        }
        var number = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
        return new Cell { CellReference = reference, CellValue = new CellValue(number) };
    }

    public static string Reference(int row, int column) => Jixiao.Formats.Xlsx.SheetWriter.Reference(row + 1, column);
}
