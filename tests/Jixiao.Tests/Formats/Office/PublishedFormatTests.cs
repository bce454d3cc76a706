using Jixiao.Diagnostics;
using Jixiao.Formats.Html;
using Jixiao.Formats.Office;
using Jixiao.Formats.Pdf;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.Office;

/// <summary>The published formats: a PDF whose Chinese text pdftotext gives back, and a safe, accessible HTML page.</summary>
public sealed class PublishedFormatTests
{
    [Fact]
    public void The_disclosure_pdf_embeds_a_cjk_font_and_its_text_can_be_extracted()
    {
        var pdf = PdfWriter.Disclosure(Samples.Seed(), out var error);
        Assert.True(pdf is not null, error?.Message.ToString());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var text = PdfText.Of(pdf);
        Assert.Contains("某县人民检察院2020年部门预算绩效信息", text, StringComparison.Ordinal);
        Assert.Contains("案件流转率", text, StringComparison.Ordinal);
        Assert.Contains("≥95优", text, StringComparison.Ordinal);
        Assert.Contains("办公用房租赁费专项资金绩效目标表", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_self_evaluation_pdf_shows_actuals_scores_and_the_total()
    {
        var seed = Samples.Seed();
        var evaluation = new SelfEvaluationSheet([new FundSelfEvaluation("办公用房租赁费", [new IndicatorResult(0, "96%", 18.5m, "无偏差")])
        {
            TotalScore = 88.5m,
            Grade = "良",
            Budget = new BudgetExecution(500_000m, 500_000m, 480_000m, 10m, 9.6m),
        }]);
        var pdf = PdfWriter.SelfEvaluation(seed, evaluation, out var error);
        Assert.True(pdf is not null, error?.Message.ToString());
        var text = PdfText.Of(pdf);
        foreach (var expected in new[] { "项目支出绩效自评表", "办公用房租赁费", "96%", "18.5", "88.5", "96%", "48" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_html_page_encodes_all_text_and_is_accessible()
    {
        var hostile = new Indicator("产出指标", "数量指标", "<script>alert(1)</script>", "A & B \"引号\"", new QualitativeTarget("<b>提升</b>"), "计划标准");
        var goals = new GoalSet(new FiscalYear(2024), new Department("某县<财政局>"), new DepartmentGoals(["目标 & 任务"], [], []), [new Fund("测试项目", ["目标一"], [hostile])]);
        var html = HtmlWriter.Write(goals);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B &quot;引号&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">指标值</th>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_table_spans_merged_cells_like_the_seed()
    {
        var html = HtmlWriter.Write(Samples.Seed());
        Assert.Contains("<caption>办案业务、办案设备及科技强检经费绩效指标</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" rowspan=\"4\">产出指标</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>≥95优</td>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<h2", StringSplitOptions.None).Length);
    }
}
