using System.Text;
using BenchmarkDotNet.Attributes;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Html;
using Jixiao.Formats.Pdf;
using Jixiao.Formats.TextCopy;
using Jixiao.Generation;
using Jixiao.Goals;

namespace Jixiao.Bench;

/// <summary>
/// The readers of documents as published (issue 14). Goals: HTML ≥ 20 MB/s, a 50-page PDF ≤ 1 s, text copies ≥ 50 MB/s.
/// The inputs are a generated department (20 funds of 15 indicators) as a page, as a PDF and as a browser's tab copy.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] _html = [];
    private byte[] _pdf = [];
    private string _tabs = "";

    [GlobalSetup]
    public void Setup()
    {
        var department = new ProvinceGenerator(new ProvinceShape(1, 20, 15)).Department(0);
        var page = HtmlWriter.Write(department);
        var copies = Enumerable.Repeat(page, 8).ToList();
        _html = Encoding.UTF8.GetBytes(copies[0][..copies[0].LastIndexOf("</body>", StringComparison.Ordinal)]
            + string.Concat(copies.Skip(1).Select(p => p[p.IndexOf("<body>", StringComparison.Ordinal)..p.LastIndexOf("</body>", StringComparison.Ordinal)])) + "</body></html>");
        _pdf = PdfWriter.Disclosure(new ProvinceGenerator(new ProvinceShape(1, 16, 15)).Department(0), out _)!;
        _tabs = string.Concat(Enumerable.Repeat(Tabs(department), 20));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(_pdf);
        Console.WriteLine($"// HTML {_html.Length:N0} bytes, PDF {pdf.NumberOfPages} pages {_pdf.Length:N0} bytes, tab copy {Encoding.UTF8.GetByteCount(_tabs):N0} bytes");
    }

    /// <summary>The department as a browser copies its tables: tabs between cells, 一级 written once per block.</summary>
    private static string Tabs(GoalSet goals)
    {
        var text = new StringBuilder();
        foreach (var fund in goals.Funds)
        {
            text.Append("项目名称\t").Append(fund.Name).Append('\n');
            text.Append("年度目标\t").Append(string.Join("；", fund.Goals)).Append('\n');
            text.Append("一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n");
            string? level1 = null;
            foreach (var indicator in fund.Indicators)
            {
                if (indicator.Level1 != level1)
                {
                    text.Append(indicator.Level1).Append('\t');
                }
                level1 = indicator.Level1;
                text.Append(indicator.Level2).Append('\t').Append(indicator.Name).Append('\t').Append(indicator.Description).Append('\t')
                    .Append(indicator.Target.Text.ReplaceLineEndings(" ")).Append('\t').Append(indicator.Basis).Append('\n');
            }
        }
        return text.ToString();
    }

    [Benchmark]
    public GoalSet? Html() => HtmlReader.Read(_html, new DisclosureReadOptions("page.html")).Result.GoalSet;

    [Benchmark]
    public GoalSet? Pdf() => PdfReader.Read(_pdf, new DisclosureReadOptions("goals.pdf")).Result.GoalSet;

    [Benchmark]
    public GoalSet? TabCopy() => TextCopyReader.Read(_tabs, new DisclosureReadOptions("copy.txt", Year: 2024)).Result.GoalSet;
}
