using System.Globalization;
using System.IO.Compression;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// A list as one worksheet: a header row, then one row per item; numbers as number cells, text as text (never a
/// formula). What a page's "导出 XLSX" gives, whatever the list.
/// </summary>
public static class TableXlsx
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = new SheetWriter(sheetName);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Column(c, c == 0 ? 36 : 14);
        }
        sheet.Row(CellStyle.Header, [.. headers]);
        foreach (var row in rows)
        {
            var number = sheet.Row(CellStyle.BodyLeft);
            for (var c = 0; c < row.Count; c++)
            {
                switch (row[c])
                {
                    case null:
                        break;
                    case int or long or decimal or double:
                        sheet.Set(number, c, Convert.ToString(row[c], CultureInfo.InvariantCulture)!, CellStyle.Body, isNumber: true);
                        break;
                    case var value:
                        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                        sheet.Set(number, c, text, SheetWriter.IsFormulaLike(text) ? CellStyle.Neutralised : CellStyle.BodyLeft);
                        break;
                }
            }
        }
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            XlsxParts.Write(zip, [(sheet.Name, false)]);
            sheet.Write(zip, "xl/worksheets/sheet1.xml");
        }
        return buffer.ToArray();
    }
}
