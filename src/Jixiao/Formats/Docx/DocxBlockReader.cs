using System.Text;
using System.Xml.Linq;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Docx;

/// <summary>
/// Reads word/document.xml into paragraphs and tables in reading order. Merged cells are spelled out:
/// a vMerge continuation takes the text of the cell above, a gridSpan repeats its text to the right,
/// so that table readers find columns by position on the grid, never by the cell count of a row.
/// </summary>
internal static class DocxBlockReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static List<OfficeBlock> Read(byte[] documentXml)
    {
        using var reader = SafeXml.Reader(documentXml);
        var document = XDocument.Load(reader);
        var body = document.Root?.Element(W + "body");
        var blocks = new List<OfficeBlock>();
        if (body is not null)
        {
            Collect(body, blocks);
        }
        return blocks;
    }

    private static void Collect(XElement container, List<OfficeBlock> blocks)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == W + "p")
            {
                blocks.Add(new ParagraphBlock(ParagraphText(element)));
            }
            else if (element.Name == W + "tbl")
            {
                blocks.Add(Table(element, blocks.OfType<TableBlock>().Count() + 1));
            }
            else if (element.Name == W + "sdt" && element.Element(W + "sdtContent") is { } content)
            {
                Collect(content, blocks);
            }
        }
    }

    private static TableBlock Table(XElement table, int number)
    {
        var rows = new List<GridCell[]>();
        foreach (var row in table.Elements(W + "tr"))
        {
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
        }
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        return new TableBlock(number, null, [.. rows.Select(r => r.Length == width ? r : [.. r, .. Enumerable.Repeat(GridCell.Empty, width - r.Length)])]);
    }

    private static int? IntValue(XElement? element) =>
        int.TryParse((string?)element?.Attribute(W + "val"), out var value) ? value : null;

    /// <summary>A cell's paragraphs (nested tables' too), one line each.</summary>
    private static string CellText(XElement cell) =>
        string.Join("\n", cell.Descendants(W + "p").Where(p => !p.Ancestors(W + "p").Any()).Select(ParagraphText)).Trim();

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
