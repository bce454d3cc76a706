using System.Text;
using System.Xml.Linq;
using Jixiao.Diagnostics;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Docx;

/// <summary>
/// Reads word/document.xml into paragraphs and tables in reading order. Merged cells are spelled out:
/// a vMerge continuation takes the text of the cell above, a gridSpan repeats its text to the right,
/// so that table readers find columns by position on the grid, never by the cell count of a row.
/// The cost is bounded by what the document holds: XML nested deeper than <see cref="MaxDepth"/> is refused before it
/// is loaded, and the grids together stop at <see cref="OfficeLimits.MaxDocumentCells"/> cells (a gridSpan repeats a
/// cell's text, so a few bytes could otherwise claim hundreds of cells), each table at
/// <see cref="OfficeLimits.MaxSheetRows"/> rows.
/// </summary>
internal static class DocxBlockReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Element nesting: Word writes a dozen levels, tables in tables a few dozen more.</summary>
    public const int MaxDepth = 256;

    public static List<OfficeBlock> Read(byte[] documentXml, string fileName)
    {
        CheckDepth(documentXml, fileName);
        using var reader = SafeXml.Reader(documentXml);
        var document = XDocument.Load(reader);
        var body = document.Root?.Element(W + "body");
        var blocks = new List<OfficeBlock>();
        if (body is not null)
        {
            new Collector(fileName).Collect(body, blocks);
        }
        return blocks;
    }

    private static void CheckDepth(byte[] documentXml, string fileName)
    {
        using var reader = SafeXml.Reader(documentXml);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                throw new OfficeFileException(Diagnostic.Error("office-too-complex", null, "Office.TooDeep", fileName, MaxDepth));
            }
        }
    }

    /// <summary>Walks the body keeping count of tables and cells.</summary>
    private sealed class Collector(string fileName)
    {
        private int _tables;
        private long _cells;

        public void Collect(XElement container, List<OfficeBlock> blocks)
        {
            foreach (var element in container.Elements())
            {
                if (element.Name == W + "p")
                {
                    blocks.Add(new ParagraphBlock(ParagraphText(element)));
                }
                else if (element.Name == W + "tbl")
                {
                    var table = Table(element, ++_tables, Math.Min(OfficeLimits.MaxSheetCells, OfficeLimits.MaxDocumentCells - _cells));
                    if (table is null)
                    {
                        throw new OfficeFileException(Diagnostic.Error("office-too-large", new Goals.SourceRef(Table: _tables), "Office.TablesTooLarge", fileName,
                            OfficeLimits.MaxSheetRows, OfficeLimits.MaxSheetCells, OfficeLimits.MaxDocumentCells));
                    }
                    _cells += table.Rows.Count == 0 ? 0 : (long)table.Rows.Count * table.Rows[0].Length;
                    blocks.Add(table);
                }
                else if (element.Name == W + "sdt" && element.Element(W + "sdtContent") is { } content)
                {
                    Collect(content, blocks);
                }
            }
        }
    }

    /// <summary>The table as a grid; null when it has more rows than a sheet may, or more cells than <paramref name="budget"/>.</summary>
    private static TableBlock? Table(XElement table, int number, long budget)
    {
        var rows = new List<GridCell[]>();
        var width = 0;
        foreach (var row in table.Elements(W + "tr"))
        {
            // What the grid will cost once every row is padded to the widest.
            if (rows.Count == OfficeLimits.MaxSheetRows || (long)(rows.Count + 1) * width > budget)
            {
                return null;
            }
            var cells = new List<GridCell>();
            var before = IntValue(row.Element(W + "trPr")?.Element(W + "gridBefore")) ?? 0;
            for (var i = 0; i < before && cells.Count < OfficeLimits.MaxColumns; i++)
            {
                cells.Add(GridCell.Empty);
            }
            foreach (var cell in row.Elements(W + "tc"))
            {
                var properties = cell.Element(W + "tcPr");
                var span = Math.Clamp(IntValue(properties?.Element(W + "gridSpan")) ?? 1, 1, OfficeLimits.MaxColumns);
                var vMerge = properties?.Element(W + "vMerge");
                var continues = vMerge is not null && (string?)vMerge.Attribute(W + "val") is null or "continue";
                var column = cells.Count;
                var text = continues
                    ? (rows.Count > 0 && column < rows[^1].Length ? rows[^1][column].Text : "")
                    : CellText(cell);
                for (var s = 0; s < span && cells.Count < OfficeLimits.MaxColumns; s++)
                {
                    cells.Add(new GridCell(text, continues ? CellMerge.Above : s == 0 ? CellMerge.None : CellMerge.Left));
                }
            }
            rows.Add([.. cells]);
            width = Math.Max(width, cells.Count);
        }
        if ((long)rows.Count * width > budget)
        {
            return null;
        }
        return new TableBlock(number, null, [.. rows.Select(r => r.Length == width ? r : [.. r, .. Enumerable.Repeat(GridCell.Empty, width - r.Length)])]);
    }

    private static int? IntValue(XElement? element) =>
        int.TryParse((string?)element?.Attribute(W + "val"), out var value) ? value : null;

    /// <summary>A cell's paragraphs (nested tables' too), one line each; a paragraph inside a paragraph is its text.</summary>
    private static string CellText(XElement cell) =>
        string.Join("\n", OuterParagraphs(cell).Select(ParagraphText)).Trim();

    /// <summary>The paragraphs under an element that are not inside another paragraph, in document order.</summary>
    private static IEnumerable<XElement> OuterParagraphs(XElement container)
    {
        var pending = new Stack<XElement>(container.Elements().Reverse());
        while (pending.TryPop(out var element))
        {
            if (element.Name == W + "p")
            {
                yield return element;
                continue;
            }
            foreach (var child in element.Elements().Reverse())
            {
                pending.Push(child);
            }
        }
    }

    private static string ParagraphText(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            if (node.Name == W + "t")
            {
                text.Append(node.Value);
            }
            else if (node.Name == W + "tab" && node.Parent?.Name == W + "r")
            {
                text.Append('\t');
            }
            else if ((node.Name == W + "br" || node.Name == W + "cr") && node.Parent?.Name == W + "r")
            {
                text.Append('\n');
            }
        }
        return text.ToString();
    }
}
