using System.Globalization;
using System.Net;
using System.Text;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.Html;

/// <summary>
/// The disclosure as a standalone public web page: one file, no scripts or external resources (a
/// content-security policy forbids them), headings in order, tables with captions, column headers and
/// row spans for merged cells, print styles for A4, and every text HTML-encoded.
/// </summary>
public static class HtmlWriter
{
    public static string Write(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var title = DocxWriter.Title(goals);
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n");
        if (IdentityLabels.LineOf(goals.Department) is { } codes)
        {
            html.Append("<p>").Append(E(codes)).Append("</p>\n");
        }
        html.Append("<section aria-labelledby=\"part1\">\n<h2 id=\"part1\">第一部分　部门整体绩效目标</h2>\n");
        List(html, "（一）总体绩效目标", goals.Overall.Goals);
        List(html, "（二）分项绩效目标", goals.Overall.SubGoals);
        List(html, "（三）工作保障措施", goals.Overall.Safeguards);
        html.Append("</section>\n<section aria-labelledby=\"part2\">\n<h2 id=\"part2\">第二部分　专项资金绩效目标</h2>\n");
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            Fund(html, f + 1, goals.Funds[f]);
        }
        return html.Append("</section>\n</main>\n</body>\n</html>\n").ToString();
    }

    private static void List(StringBuilder html, string heading, IReadOnlyList<string> items)
    {
        html.Append("<h3>").Append(E(heading)).Append("</h3>\n<ol>\n");
        foreach (var item in items)
        {
            html.Append("<li>").Append(E(item)).Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    private static void Fund(StringBuilder html, int number, Fund fund)
    {
        var id = "fund" + number.ToString(CultureInfo.InvariantCulture);
        html.Append("<section class=\"fund\" aria-labelledby=\"").Append(id).Append("\">\n<h3 id=\"").Append(id).Append("\">")
            .Append(number.ToString(CultureInfo.InvariantCulture)).Append('、').Append(E(fund.Name)).Append("专项资金绩效目标表</h3>\n");
        foreach (var line in IdentityLabels.LinesOf(fund))
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }
        if (fund.Money is { } money)
        {
            html.Append("<p>").Append(E(DocxWriter.MoneyLine(money))).Append("</p>\n");
        }
        html.Append("<h4>绩效目标</h4>\n<ol>\n");
        foreach (var goal in fund.Goals)
        {
            html.Append("<li>").Append(E(goal)).Append("</li>\n");
        }
        html.Append("</ol>\n");
        Table(html, fund);
        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, Fund fund)
    {
        var table = DisclosureTable.Of(fund);
        html.Append("<table>\n<caption>").Append(E(fund.Name)).Append("绩效指标</caption>\n<thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < table.Headers.Length; c++)
            {
                var span = table.Spans[r][c];
                if (span == 0)
                {
                    continue;
                }
                html.Append(c < 3 ? "<th scope=\"row\"" : "<td");
                if (span > 1)
                {
                    html.Append(" rowspan=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append('"');
                }
                html.Append('>').Append(E(table.Rows[r][c])).Append(c < 3 ? "</th>" : "</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Encodes text for HTML content and attributes; line breaks stay visible.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(XmlSafe.Clean(text)).Replace("\n", "<br>", StringComparison.Ordinal);

    private const string Css = """

        :root { color: #111; background: #fff; }
        body { font-family: "FangSong", "仿宋_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.75; margin: 0; }
        main { max-width: 156mm; margin: 0 auto; padding: 2rem 1rem; }
        h1 { font-family: "方正小标宋简体", "小标宋", "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; }
        h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; }
        h3, h4 { font-family: "KaiTi", "楷体_GB2312", "楷体", "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal; }
        ol { padding-left: 2em; }
        table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; margin: 0.5rem 0 1.5rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #000; padding: 0.25rem 0.35rem; vertical-align: middle; text-align: center; }
        thead th { background: #e7e6e6; }
        tbody th { font-weight: normal; }
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @media print { main { max-width: none; padding: 0; } .fund { break-inside: auto; } tr { break-inside: avoid; } thead { display: table-header-group; } }

        """;
}
