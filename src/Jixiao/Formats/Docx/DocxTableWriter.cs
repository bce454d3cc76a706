using System.Globalization;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Formats.Docx;

/// <summary>
/// A fund's goal table in WordprocessingML: a 绩效目标 row (the goals span the other columns), the header,
/// and the indicator rows with vertically merged cells (vMerge) as <see cref="DisclosureTable"/> lays them out.
/// </summary>
internal static class DocxTableWriter
{
    public static void Write(WordXml w, Fund fund)
    {
        var table = DisclosureTable.Of(fund);
        var widths = Twips(table.Widths);
        w.Start("tbl");
        Properties(w);
        w.Start("tblGrid");
        foreach (var width in widths)
        {
            w.Start("gridCol");
            w.Attr("w", Number(width));
            w.End();
        }
        w.End();
        GoalsRow(w, fund, widths);
        Row(w, table.Headers, null, widths, header: true, keepNext: true);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            // The grade rows of one indicator stay on one page: a merged cell cut by a page break is
            // drawn clipped by LibreOffice (seen in its renderings) and reads badly in Word too.
            var endsIndicator = r + 1 == table.Rows.Count || table.Spans[r + 1][2] > 0;
            Row(w, table.Rows[r], table.Spans[r], widths, header: false, keepNext: !endsIndicator);
        }
        w.End();
    }

    private static int[] Twips(double[] weights)
    {
        var sum = weights.Sum();
        var widths = weights.Select(x => (int)(DocxWriter.TextWidth * x / sum)).ToArray();
        widths[^1] += DocxWriter.TextWidth - widths.Sum();
        return widths;
    }

    private static void Properties(WordXml w)
    {
        w.Start("tblPr");
        w.Start("tblW");
        w.Attr("w", Number(DocxWriter.TextWidth));
        w.Attr("type", "dxa");
        w.End();
        w.Val("jc", "center");
        w.Start("tblBorders");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            w.Start(side);
            w.Attr("val", "single");
            w.Attr("sz", "4");
            w.Attr("space", "0");
            w.Attr("color", "000000");
            w.End();
        }
        w.End();
        w.Start("tblLayout");
        w.Attr("type", "fixed");
        w.End();
        w.Start("tblCellMar");
        foreach (var side in new[] { "left", "right" })
        {
            w.Start(side);
            w.Attr("w", "57");
            w.Attr("type", "dxa");
            w.End();
        }
        w.End();
        w.End();
    }

    private static void GoalsRow(WordXml w, Fund fund, int[] widths)
    {
        w.Start("tr");
        CantSplit(w);
        Cell(w, widths[0], 1, null, () => w.Paragraph("TableHeader", "绩效目标"));
        Cell(w, widths.Skip(1).Sum(), widths.Length - 1, null, () =>
        {
            for (var i = 0; i < fund.Goals.Length; i++)
            {
                w.Paragraph("TableTextLeft", $"{(i + 1).ToString(CultureInfo.InvariantCulture)}、{fund.Goals[i]}");
            }
            if (fund.Goals.IsEmpty)
            {
                w.Paragraph("TableTextLeft", "");
            }
        });
        w.End();
    }

    private static void Row(WordXml w, string[] cells, int[]? spans, int[] widths, bool header, bool keepNext)
    {
        w.Start("tr");
        CantSplit(w);
        for (var c = 0; c < cells.Length; c++)
        {
            var merge = spans is null ? null : spans[c] == 0 ? "continue" : spans[c] > 1 ? "restart" : null;
            var text = merge == "continue" ? "" : cells[c];
            Cell(w, widths[c], 1, merge, () => w.Paragraph(header ? "TableHeader" : "TableText", text, keepNext: keepNext));
        }
        w.End();
    }

    /// <summary>Rows never break across pages: a grade row torn from its indicator reads wrong.</summary>
    private static void CantSplit(WordXml w)
    {
        w.Start("trPr");
        w.Start("cantSplit");
        w.End();
        w.End();
    }

    private static void Cell(WordXml w, int width, int span, string? vMerge, Action content)
    {
        w.Start("tc");
        w.Start("tcPr");
        w.Start("tcW");
        w.Attr("w", Number(width));
        w.Attr("type", "dxa");
        w.End();
        if (span > 1)
        {
            w.Val("gridSpan", Number(span));
        }
        if (vMerge == "restart")
        {
            w.Val("vMerge", "restart");
        }
        else if (vMerge == "continue")
        {
            w.Start("vMerge");
            w.End();
        }
        w.Val("vAlign", "center");
        w.End();
        content();
        w.End();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
