using System.Globalization;
using System.Xml;
using Jixiao.Diagnostics;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// Reads every sheet of a workbook as a table grid: shared strings, inline strings and numbers as
/// written, merged areas spelled out. Sheets are streamed row by row and cut off at
/// <see cref="OfficeLimits.MaxSheetRows"/> rows that hold cells; the grid costs the cells a sheet holds, not the span
/// its row numbers claim (<see cref="SheetGrid"/>), so a huge or sparse sheet costs bounded memory and gives a clear error.
/// </summary>
internal static class XlsxBlockReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static List<OfficeBlock> Read(OfficePackage package, string fileName, List<Diagnostic> diagnostics)
    {
        var strings = SharedStrings(package.Read("xl/sharedStrings.xml"));
        var formats = XlsxNumberFormats.Read(package.Read("xl/styles.xml"));
        var targets = SheetTargets(package.Read("xl/_rels/workbook.xml.rels"));
        var blocks = new List<OfficeBlock>();
        foreach (var (name, id) in Sheets(package.Read("xl/workbook.xml")!))
        {
            if (!targets.TryGetValue(id, out var target))
            {
                continue;
            }
            var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
            if (package.Read(path) is not { } sheet)
            {
                continue;
            }
            var grid = Sheet(sheet, strings, formats, out var truncated);
            if (truncated || grid is null)
            {
                diagnostics.Add(Diagnostic.Error("sheet-too-large", new Goals.SourceRef(Table: blocks.Count + 1), "Office.SheetTooLarge", fileName, name, OfficeLimits.MaxSheetRows));
                return [];
            }
            if (grid.Cells > OfficeLimits.MaxSheetCells)
            {
                diagnostics.Add(Diagnostic.Error("sheet-too-large", new Goals.SourceRef(Table: blocks.Count + 1), "Office.SheetTooManyCells", fileName, name, grid.Cells, OfficeLimits.MaxSheetCells));
                return [];
            }
            blocks.Add(new TableBlock(blocks.Count + 1, name, grid.Rows) { SourceRows = grid.SourceRows });
        }
        return blocks;
    }

    private static List<(string Name, string Id)> Sheets(byte[] workbook)
    {
        var sheets = new List<(string, string)>();
        using var reader = SafeXml.Reader(workbook);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                sheets.Add((reader.GetAttribute("name") ?? "", reader.GetAttribute("id", Relationships) ?? ""));
            }
        }
        return sheets;
    }

    private static Dictionary<string, string> SheetTargets(byte[]? rels)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rels is null)
        {
            return targets;
        }
        using var reader = SafeXml.Reader(rels);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                targets[id] = target;
            }
        }
        return targets;
    }

    private static List<string> SharedStrings(byte[]? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = SafeXml.Reader(part);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si" && reader.NamespaceURI == Main)
            {
                strings.Add(RichText(reader));
            }
        }
        return strings;
    }

    /// <summary>The text of an si or is element: its t elements, phonetic runs (rPh) left out.</summary>
    private static string RichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                if (reader.Depth <= depth) break;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && !reader.IsEmptyElement)
            {
                text.Append(reader.ReadElementContentAsString());
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            }
        }
        return text.ToString();
    }

    private static SheetGrid? Sheet(byte[] part, List<string> strings, XlsxNumberFormats formats, out bool truncated)
    {
        truncated = false;
        var rows = new SortedDictionary<int, Dictionary<int, string>>();
        var merges = new List<SheetMerge>();
        long mergedCells = 0;
        using var reader = SafeXml.Reader(part);
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : rowNumber == int.MaxValue ? rowNumber : rowNumber + 1;
                if (rows.Count >= OfficeLimits.MaxSheetRows)
                {
                    truncated = true;
                    return null;
                }
            }
            else if (reader.LocalName == "c")
            {
                var (row, column) = CellRef(reader.GetAttribute("r"), rowNumber, rows.TryGetValue(rowNumber, out var current) ? current.Count : 0);
                var text = CellText(reader, strings, formats);
                if (column < OfficeLimits.MaxColumns && text.Length > 0)
                {
                    if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
                    cells[column] = text;
                }
            }
            else if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } range && range.Split(':') is [var from, var to])
            {
                var merge = SheetMerge.Of(CellRef(from, 0, 0), CellRef(to, 0, 0));
                mergedCells += merge.Cells;
                if (mergedCells > OfficeLimits.MaxSheetCells)
                {
                    return SheetGrid.TooLarge(mergedCells);
                }
                merges.Add(merge);
            }
        }
        return SheetGrid.Build(rows, merges);
    }

    private static string CellText(XmlReader reader, List<string> strings, XlsxNumberFormats formats)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var value = "";
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "v")
            {
                value = reader.ReadElementContentAsString();
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            }
            else if (reader.LocalName == "is")
            {
                value = RichText(reader);
            }
        }
        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : "",
            "b" => value == "1" ? "TRUE" : "FALSE",
            "inlineStr" or "str" or "e" => value,
            _ => value.Length == 0 ? "" : formats.Display(Number(value), style),
        };
    }

    /// <summary>Numbers as Excel stores them are doubles: 0.1 may come back as 0.10000000000000001.</summary>
    private static string Number(string value) =>
        value.Length > 15 && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : value;

    /// <summary>A1-style reference to (1-based row, 0-based column); missing references continue the row.</summary>
    private static (int Row, int Column) CellRef(string? reference, int row, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (row, next);
        }
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            // Every letter is read past, so that the row number after XFD is found; the column saturates at the limit.
            column = Math.Min(column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1), OfficeLimits.MaxColumns + 1);
        }
        var parsed = int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row;
        return (Math.Max(parsed, 1), Math.Clamp(column - 1, 0, OfficeLimits.MaxColumns));
    }
}
