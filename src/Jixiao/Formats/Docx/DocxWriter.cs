using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.Docx;

/// <summary>
/// Exports 部门预算绩效信息 as a DOCX in the seed's structure (part 1 with its three numbered lists, part 2
/// with one goal table per fund) and the official document format: A4, margins of GB/T 9704 (top 37 mm,
/// bottom 35 mm, left 28 mm, right 26 mm), 小标宋 title, 黑体/楷体 headings, 仿宋 body, page numbers.
/// Written as XML straight into the zip: a thousand departments export in seconds.
/// <see cref="OfficeReader"/> reads it back into the same model.
/// </summary>
public static class DocxWriter
{
    /// <summary>Text width in twips: 210 mm − 28 mm − 26 mm = 156 mm.</summary>
    internal const int TextWidth = 8844;

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    public static byte[] Write(GoalSet goals)
    {
        using var buffer = new MemoryStream(64 * 1024);
        Write(goals, buffer);
        return buffer.ToArray();
    }

    public static void Write(GoalSet goals, Stream output)
    {
        ArgumentNullException.ThrowIfNull(goals);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var title = Title(goals);
        DocxParts.WriteAll(zip, title);
        using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, Settings);
        var w = new WordXml(xml);
        xml.WriteStartDocument(true);
        w.Start("document");
        xml.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        w.Start("body");
        Body(w, goals, title);
        Section(w);
        w.End();
        w.End();
    }

    public static string Title(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        return $"{goals.Department.Name}{goals.Year}年部门预算绩效信息";
    }

    private static void Body(WordXml w, GoalSet goals, string title)
    {
        w.Paragraph("Title", title);
        if (IdentityLabels.LineOf(goals.Department) is { } codes)
        {
            w.Paragraph("Body", codes);
        }
        w.Paragraph("Part", "第一部分  部门整体绩效目标");
        List(w, "（一）总体绩效目标", goals.Overall.Goals, i => $"（{ChineseNumeral.Of(i)}）");
        List(w, "（二）分项绩效目标", goals.Overall.SubGoals, i => $"{ChineseNumeral.Of(i)}、");
        List(w, "（三）工作保障措施", goals.Overall.Safeguards, i => $"{ChineseNumeral.Of(i)}、");
        w.Paragraph("Part", "第二部分  专项资金绩效目标");
        for (var i = 0; i < goals.Funds.Length; i++)
        {
            Fund(w, i + 1, goals.Funds[i]);
        }
    }

    private static void List(WordXml w, string heading, IReadOnlyList<string> items, Func<int, string> numbering)
    {
        w.Paragraph("Section", heading);
        for (var i = 0; i < items.Count; i++)
        {
            w.Paragraph("Body", numbering(i + 1) + items[i]);
        }
    }

    private static void Fund(WordXml w, int number, Fund fund)
    {
        w.Paragraph("FundHeading", $"{number.ToString(CultureInfo.InvariantCulture)}、{fund.Name}专项资金绩效目标表");
        foreach (var line in IdentityLabels.LinesOf(fund))
        {
            w.Paragraph("Body", line);
        }
        if (fund.Money is { } money)
        {
            w.Paragraph("Body", MoneyLine(money));
        }
        DocxTableWriter.Write(w, fund);
    }

    /// <summary>The money line the text format uses too (年度资金总额：…元；财政拨款：…元；其他资金：…元).</summary>
    internal static string MoneyLine(FundMoney money)
    {
        var parts = new List<string>(3);
        if (money.Total is { } total) parts.Add($"年度资金总额：{total.ToString(CultureInfo.InvariantCulture)}元");
        if (money.Fiscal is { } fiscal) parts.Add($"财政拨款：{fiscal.ToString(CultureInfo.InvariantCulture)}元");
        if (money.Other is { } other) parts.Add($"其他资金：{other.ToString(CultureInfo.InvariantCulture)}元");
        return string.Join("；", parts);
    }

    /// <summary>A4 portrait with the GB/T 9704 margins, footer with the page number.</summary>
    private static void Section(WordXml w)
    {
        w.Start("sectPr");
        w.Start("footerReference");
        w.Attr("type", "default");
        w.Xml.WriteAttributeString("r", "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "rId4");
        w.End();
        w.Start("pgSz");
        w.Attr("w", "11906");
        w.Attr("h", "16838");
        w.End();
        w.Start("pgMar");
        foreach (var (name, value) in new[] { ("top", "2098"), ("right", "1474"), ("bottom", "1984"), ("left", "1587"), ("header", "851"), ("footer", "992"), ("gutter", "0") })
        {
            w.Attr(name, value);
        }
        w.End();
        // A line grid only: a character grid (linesAndChars) makes LibreOffice spread the characters apart.
        w.Start("docGrid");
        w.Attr("type", "lines");
        w.Attr("linePitch", "579");
        w.End();
        w.End();
    }
}
