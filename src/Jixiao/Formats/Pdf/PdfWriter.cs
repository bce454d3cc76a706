using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;
using Jixiao.Goals;
using PdfSharp.Pdf;

namespace Jixiao.Formats.Pdf;

/// <summary>
/// PDF of the disclosure (部门预算绩效信息, laid out like the DOCX) and of the self-evaluation
/// (项目支出绩效自评表 per fund), with an embedded subset of a CJK TrueType font so that text is selectable
/// and <c>pdftotext</c> gives the Chinese back. A machine without such a font gets a diagnostic, not a crash.
/// </summary>
public static class PdfWriter
{
    private const double TitleSize = 22, BodySize = 16, BodyLine = 28, TableSize = 10.5, TableLine = 14;

    /// <summary>The disclosure as PDF bytes, or null with the reason.</summary>
    public static byte[]? Disclosure(GoalSet goals, out Diagnostic? error)
    {
        ArgumentNullException.ThrowIfNull(goals);
        return Render(DocxWriter.Title(goals), canvas => DisclosureBody(canvas, goals), out error);
    }

    /// <summary>The 自评表 of every fund the evaluation covers, or null with the reason.</summary>
    public static byte[]? SelfEvaluation(GoalSet goals, SelfEvaluationSheet evaluation, out Diagnostic? error)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(evaluation);
        return Render($"{goals.Department.Name}{goals.Year}年度项目支出绩效自评表", canvas => PdfSelfEvaluation.Draw(canvas, goals, evaluation), out error);
    }

    private static byte[]? Render(string title, Action<PdfCanvas> draw, out Diagnostic? error)
    {
        error = null;
        if (!PdfFonts.EnsureInstalled())
        {
            error = Diagnostic.Error("pdf-font-missing", null, "Pdf.NoFont");
            return null;
        }
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "Jixiao";
        document.Language = "zh-CN";
        using (var canvas = new PdfCanvas(document))
        {
            draw(canvas);
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void DisclosureBody(PdfCanvas canvas, GoalSet goals)
    {
        var title = PdfCanvas.Font(TitleSize, bold: true);
        var heading = PdfCanvas.Font(BodySize, bold: true);
        var body = PdfCanvas.Font(BodySize);
        canvas.Paragraph(DocxWriter.Title(goals), title, 36, centre: true, spaceAfter: 18);
        if (IdentityLabels.LineOf(goals.Department) is { } codes)
        {
            canvas.Paragraph(codes, body, BodyLine, indent: 32);
        }
        canvas.Paragraph("第一部分  部门整体绩效目标", heading, BodyLine, indent: 32);
        List(canvas, "（一）总体绩效目标", goals.Overall.Goals, i => $"（{ChineseNumeral.Of(i)}）", heading, body);
        List(canvas, "（二）分项绩效目标", goals.Overall.SubGoals, i => $"{ChineseNumeral.Of(i)}、", heading, body);
        List(canvas, "（三）工作保障措施", goals.Overall.Safeguards, i => $"{ChineseNumeral.Of(i)}、", heading, body);
        canvas.Paragraph("第二部分  专项资金绩效目标", heading, BodyLine, indent: 32);
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            var fund = goals.Funds[f];
            canvas.Ensure(BodyLine * 3);
            canvas.Paragraph($"{(f + 1).ToString(CultureInfo.InvariantCulture)}、{fund.Name}专项资金绩效目标表", heading, BodyLine, indent: 32);
            foreach (var line in IdentityLabels.LinesOf(fund))
            {
                canvas.Paragraph(line, body, BodyLine, indent: 32);
            }
            if (fund.Money is { } money)
            {
                canvas.Paragraph(DocxWriter.MoneyLine(money), body, BodyLine, indent: 32);
            }
            var goalsText = string.Join("\n", fund.Goals.Select((g, i) => $"{i + 1}、{g}"));
            PdfTableDrawer.Draw(canvas, new PdfTable(["绩效目标"], [[goalsText]], null, [1], [0]), PdfCanvas.Font(TableSize), PdfCanvas.Font(TableSize, bold: true), TableLine);
            var table = DisclosureTable.Of(fund);
            PdfTableDrawer.Draw(canvas, new PdfTable(table.Headers, table.Rows, table.Spans, table.Widths), PdfCanvas.Font(TableSize), PdfCanvas.Font(TableSize, bold: true), TableLine);
            canvas.Y += 12;
        }
    }

    private static void List(PdfCanvas canvas, string heading, IReadOnlyList<string> items, Func<int, string> numbering, PdfSharp.Drawing.XFont headingFont, PdfSharp.Drawing.XFont body)
    {
        canvas.Paragraph(heading, headingFont, BodyLine, indent: 32);
        for (var i = 0; i < items.Count; i++)
        {
            canvas.Paragraph(numbering(i + 1) + items[i], body, BodyLine, indent: 32);
        }
    }
}
