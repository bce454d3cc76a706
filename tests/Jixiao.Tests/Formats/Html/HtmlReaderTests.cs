using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Html;
using Jixiao.Goals;

namespace Jixiao.Tests.Formats.Html;

/// <summary>Web pages saved from government sites (issue 14): chrome around the form, rowspan/colspan, GB2312, bombs.</summary>
public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><meta charset="gb2312"><title>某县交通运输局2023年项目支出绩效目标表</title>
        <script>var x = "<table><tr><td>三级指标</td></tr></table>";</script></head>
        <body>
        <div class="header"><ul><li><a href="/">首页</a></li><li>信息公开</li></ul></div>
        <div class="crumb">首页 &gt; 信息公开 &gt; 预算公开</div>
        <table width="1000"><tr><td>
         <div class="content">
         <h1>某县交通运输局2023年项目支出绩效目标表</h1>
         <p>发布时间：2023-02-10 来源：某县交通运输局 【字体：大 中 小】</p>
         <table border="1">
          <tr><td>项目名称</td><td colspan="4">农村公路养护</td></tr>
          <tr><td>主管部门</td><td colspan="4">某县交通运输局</td></tr>
          <tr><td rowspan="3">项目资金（万元）</td><td>年度资金总额</td><td colspan="3">300</td></tr>
          <tr><td>其中：财政拨款</td><td colspan="3">280</td></tr>
          <tr><td>其他资金</td><td colspan="3">20</td></tr>
          <tr><td>年度目标</td><td colspan="4">1、完成农村公路日常养护<br>2、提高道路通行能力</td></tr>
          <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>指标值确定依据</th></tr>
          <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>养护里程</td><td>≥120公里</td><td>计划标准</td></tr>
          <tr><td>时效指标</td><td>养护完成时间</td><td>11月底之前</td><td>计划标准</td></tr>
          <tr><td>效益指标</td><td>社会效益指标</td><td>道路优良率</td><td>≥85%</td><td>行业标准</td></tr>
          <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>计划标准</td></tr>
         </table>
         <p><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></p>
         </div>
        </td></tr></table>
        <div class="footer">版权所有：某县人民政府 主办单位：某县政府办</div>
        </body></html>
        """;

    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ImportResult Read(byte[] bytes, string name = "page.html") => DocumentReader.Read(bytes, new DisclosureReadOptions(name));

    [Fact]
    public void A_saved_gb2312_page_gives_the_form_without_its_chrome()
    {
        var read = Read(Encoding.GetEncoding("GB18030").GetBytes(Page));
        var goals = read.GoalSet!;
        Assert.Equal((2023, "某县交通运输局"), (goals.Year.Value, goals.Department.Name));
        var fund = Assert.Single(goals.Funds);
        Assert.Equal(("农村公路养护", new FundMoney(3_000_000m, 2_800_000m, 200_000m)), (fund.Name, fund.Money));
        Assert.Equal(["完成农村公路日常养护", "提高道路通行能力"], fund.Goals);
        Assert.Equal(["产出指标", "产出指标", "效益指标", "满意度指标"], fund.Indicators.Select(i => i.Level1));
        Assert.Equal(["≥120公里", "11月底之前", "≥85%", "≥90%"], fund.Indicators.Select(i => i.Target.Text));
        Assert.Equal("T1R9C4", fund.Indicators[1].Source!.ToString());
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Two_forms_on_one_page_are_two_funds()
    {
        var start = Page.IndexOf("<table border", StringComparison.Ordinal);
        var second = Page[start..Page.IndexOf("</table>", start, StringComparison.Ordinal)]
            .Replace("农村公路养护", "农村客运补贴", StringComparison.Ordinal) + "</table>";
        var page = Page.Replace("<p><a href", second + "<p><a href", StringComparison.Ordinal);
        var goals = Read(Encoding.UTF8.GetBytes(page.Replace("gb2312", "utf-8", StringComparison.Ordinal))).GoalSet!;
        Assert.Equal(["农村公路养护", "农村客运补贴"], goals.Funds.Select(f => f.Name));
        Assert.All(goals.Funds, f => Assert.Equal(4, f.Indicators.Length));
    }

    [Fact]
    public void Huge_spans_are_refused_before_the_grid_is_allocated()
    {
        var bomb = "<html><body><table><tr><td>三级指标</td><td>指标值</td></tr>" +
                   string.Concat(Enumerable.Repeat("<tr><td colspan=\"100000\" rowspan=\"100000\">x</td></tr>", 20_001)) + "</table></body></html>";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Read(Encoding.UTF8.GetBytes(bomb), "bomb.html");
        Assert.Equal("html-too-large", Assert.Single(read.Diagnostics).Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 512L * 1024 * 1024);
    }

    [Fact]
    public void Deeply_nested_markup_is_refused_before_parsing_and_moderate_nesting_is_read()
    {
        var deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "某县财政局2024年部门预算绩效信息" + "</body></html>";
        // Refused before parsing: the read allocates little beyond the bytes themselves.
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal("html-too-large", Assert.Single(Read(Encoding.UTF8.GetBytes(deep), "deep.html").Diagnostics).Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * 1024 * 1024);
        var nested = Page.Replace("<div class=\"content\">", string.Concat(Enumerable.Repeat("<div>", 300)) + "<div class=\"content\">", StringComparison.Ordinal);
        var read = Read(Encoding.UTF8.GetBytes(nested.Replace("gb2312", "utf-8", StringComparison.Ordinal)), "nested.html");
        Assert.True(read.IsUsable, string.Join("; ", read.Diagnostics.Select(d => d.Message.ToString())));
        Assert.Single(read.GoalSet!.Funds);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Truncated_or_random_pages_give_a_diagnostic_never_an_exception(int seed)
    {
        var bytes = Encoding.UTF8.GetBytes(Page);
        var random = new Random(seed);
        var cut = bytes[..random.Next(bytes.Length)];
        var noise = new byte[4096];
        random.NextBytes(noise);
        foreach (var input in new[] { cut, [.. "<html>"u8, .. noise] })
        {
            var read = Read(input);
            Assert.True(read.IsUsable || read.Diagnostics.Any(d => d.Severity == Severity.Error));
        }
    }

    [Fact]
    public void A_page_beyond_the_size_limit_is_refused_with_the_limit()
    {
        var big = new byte[HtmlLimits.MaxBytes + 1];
        "<html>"u8.CopyTo(big);
        var read = HtmlReader.Read(big, new DisclosureReadOptions("big.html")).Result;
        Assert.Equal("file-too-large", Assert.Single(read.Diagnostics).Code);
    }
}
