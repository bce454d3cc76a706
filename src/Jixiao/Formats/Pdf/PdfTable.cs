using PdfSharp.Drawing;

namespace Jixiao.Formats.Pdf;

/// <summary>
/// A table to draw: headers, rows, row spans (0 = covered by the cell above, as in
/// <see cref="Office.DisclosureTable"/>), relative column widths, and the columns whose text is prose
/// (goal statements, reasons) and reads better left-aligned.
/// </summary>
internal sealed record PdfTable(string[] Headers, IReadOnlyList<string[]> Rows, int[][]? Spans, double[] Widths, int[]? ProseColumns = null);

/// <summary>
/// Draws a <see cref="PdfTable"/> across pages: every row is as tall as its tallest cell, a merged cell
/// gets at least the height its text needs, the header repeats on each page, and a merged cell cut by a
/// page break shows its text again on the new page so that no row loses its 一级/二级 context.
/// </summary>
internal static class PdfTableDrawer
{
    private const double Padding = 3;

    public static void Draw(PdfCanvas canvas, PdfTable table, XFont font, XFont headerFont, double lineHeight)
    {
        var scale = canvas.Width / table.Widths.Sum();
        var widths = table.Widths.Select(w => w * scale).ToArray();
        var spans = table.Spans ?? [.. table.Rows.Select(r => Enumerable.Repeat(1, r.Length).ToArray())];
        var heights = Heights(canvas, table, spans, widths, font, lineHeight);
        var headerHeight = RowHeight(canvas, table.Headers, widths, headerFont, lineHeight);
        canvas.Ensure(headerHeight + (heights.Length > 0 ? heights[0] : 0));
        DrawRow(canvas, table.Headers, widths, headerFont, lineHeight, headerHeight, shade: true);
        var pageStart = 0;
        var top = canvas.Y;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (canvas.Y + heights[r] > canvas.PageBottom && r > pageStart)
            {
                DrawCells(canvas, table, spans, widths, heights, font, lineHeight, pageStart, r, top);
                canvas.NewPage();
                DrawRow(canvas, table.Headers, widths, headerFont, lineHeight, headerHeight, shade: true);
                (pageStart, top) = (r, canvas.Y);
            }
            canvas.Y += heights[r];
        }
        DrawCells(canvas, table, spans, widths, heights, font, lineHeight, pageStart, table.Rows.Count, top);
    }

    private static double[] Heights(PdfCanvas canvas, PdfTable table, int[][] spans, double[] widths, XFont font, double lineHeight)
    {
        var heights = new double[table.Rows.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            heights[r] = lineHeight + 2 * Padding;
            for (var c = 0; c < widths.Length; c++)
            {
                if (spans[r][c] == 1)
                {
                    heights[r] = Math.Max(heights[r], TextHeight(canvas, table.Rows[r][c], widths[c], font, lineHeight));
                }
            }
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                if (spans[r][c] > 1)
                {
                    var end = r + spans[r][c] - 1;
                    var deficit = TextHeight(canvas, table.Rows[r][c], widths[c], font, lineHeight) - heights[r..(end + 1)].Sum();
                    heights[end] += Math.Max(0, deficit);
                }
            }
        }
        return heights;
    }

    private static double TextHeight(PdfCanvas canvas, string text, double width, XFont font, double lineHeight) =>
        canvas.Wrap(text, font, width - 2 * Padding).Count * lineHeight + 2 * Padding;

    private static double RowHeight(PdfCanvas canvas, string[] cells, double[] widths, XFont font, double lineHeight) =>
        cells.Select((t, c) => TextHeight(canvas, t, widths[c], font, lineHeight)).Max();

    private static void DrawRow(PdfCanvas canvas, string[] cells, double[] widths, XFont font, double lineHeight, double height, bool shade)
    {
        var x = PdfCanvas.Left;
        for (var c = 0; c < cells.Length; c++)
        {
            var box = new XRect(x, canvas.Y, widths[c], height);
            if (shade)
            {
                canvas.Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(231, 230, 230)), box);
            }
            Cell(canvas, cells[c], box, font, lineHeight);
            x += widths[c];
        }
        canvas.Y += height;
    }

    /// <summary>Draws rows [from, to) of one page: each column's merged blocks as one box, clipped to the page.</summary>
    private static void DrawCells(PdfCanvas canvas, PdfTable table, int[][] spans, double[] widths, double[] heights, XFont font, double lineHeight, int from, int to, double top)
    {
        var x = PdfCanvas.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var y = top;
            var r = from;
            while (r < to)
            {
                var span = Math.Max(1, spans[r][c] == 0 ? ContinuedSpan(spans, r, c) : spans[r][c]);
                var end = Math.Min(r + span, to);
                var height = heights[r..end].Sum();
                Cell(canvas, table.Rows[r][c], new XRect(x, y, widths[c], height), font, lineHeight, table.ProseColumns?.Contains(c) == true);
                y += height;
                r = end;
            }
            x += widths[c];
        }
    }

    /// <summary>How many rows from a covered cell (at the top of a page) its merged block still runs.</summary>
    private static int ContinuedSpan(int[][] spans, int r, int c)
    {
        var n = 0;
        while (r + n < spans.Length && (n == 0 || spans[r + n][c] == 0))
        {
            n++;
        }
        return n;
    }

    private static void Cell(PdfCanvas canvas, string text, XRect box, XFont font, double lineHeight, bool prose = false)
    {
        canvas.Graphics.DrawRectangle(new XPen(XColors.Black, 0.5), box);
        var lines = canvas.Wrap(text, font, box.Width - 2 * Padding);
        var y = box.Y + Math.Max(Padding, (box.Height - lines.Count * lineHeight) / 2);
        foreach (var line in lines)
        {
            canvas.Graphics.DrawString(line, font, XBrushes.Black, new XRect(box.X + Padding, y + (lineHeight - font.Size) / 2, box.Width - 2 * Padding, lineHeight), prose ? XStringFormats.TopLeft : XStringFormats.TopCenter);
            y += lineHeight;
        }
    }
}
