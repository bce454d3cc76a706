using System.Text;
using Jixiao.Formats.Layout;
using Jixiao.Formats.Office;
using UglyToad.PdfPig.Content;

namespace Jixiao.Formats.Pdf;

/// <summary>A table read from one page, before tables continued over a page break are joined.</summary>
internal sealed record PageTable(int Page, PdfGrid Grid, List<GridCell[]> Rows);

/// <summary>
/// One page to blocks in reading order: its ruled tables as grids, and the text outside them as paragraphs (wrapped
/// lines joined; a new paragraph at a numbered item, a heading or a wide gap). Page numbers and chrome in the header
/// and footer bands are dropped.
/// </summary>
internal static class PdfPageBlocks
{
    /// <summary>Share of the page height at the top and bottom where page numbers and running heads stand.</summary>
    private const double Band = 0.07;

    public static List<object> Read(Page page)
    {
        var glyphs = page.Letters.Take(PdfLimits.MaxLettersPerPage).Select(Glyph.Of).ToList();
        var grids = PdfRulings.Groups(PdfRulings.Of(page)).Select(PdfGrid.Of).OfType<PdfGrid>().Where(g => g.Columns >= 1).ToList();
        var placed = new List<(double Top, object Block)>();
        foreach (var grid in grids)
        {
            placed.Add((grid.Top, new PageTable(page.Number, grid, grid.Cells(glyphs.Where(grid.Contains)))));
        }
        var free = glyphs.Where(g => !grids.Any(t => t.Contains(g))).ToList();
        foreach (var (text, top) in Paragraphs(free, page.Height))
        {
            placed.Add((top, new ParagraphBlock(text)));
        }
        return [.. placed.OrderByDescending(p => p.Top).Select(p => p.Block)];
    }

    private static List<(string Text, double Top)> Paragraphs(List<Glyph> glyphs, double height)
    {
        var paragraphs = new List<(string, double)>();
        var lines = GlyphLines.Lines(glyphs);
        var right = lines.Count == 0 ? 0 : lines.Max(l => l.Right);
        var text = new StringBuilder();
        var top = 0.0;
        (string Text, double Baseline, double Left, double Right, double Size)? previous = null;
        foreach (var line in lines)
        {
            var band = line.Baseline < height * Band || line.Baseline > height * (1 - Band);
            if (PageFurniture.IsFurniture(line.Text) || PageFurniture.IsPageNumber(line.Text, inFooter: band))
            {
                continue;
            }
            var continues = previous is { } last && text.Length > 0
                && last.Right >= right - last.Size * 1.5
                && last.Baseline - line.Baseline < line.Size * 2.2
                && ListNumbering.Strip(line.Text) == line.Text && FormTitle.Read(line.Text) is null;
            if (!continues && text.Length > 0)
            {
                paragraphs.Add((text.ToString(), top));
                text.Clear();
            }
            if (text.Length == 0)
            {
                top = line.Baseline + line.Size;
            }
            text.Append(line.Text);
            previous = line;
        }
        if (text.Length > 0)
        {
            paragraphs.Add((text.ToString(), top));
        }
        return paragraphs;
    }
}
