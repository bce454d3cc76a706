using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.TextCopy;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.TextCopy;

/// <summary>Text copied from web pages and PDFs (issue 14): every way of splitting cells gives the same goals.</summary>
public sealed class TextCopyTests
{
    /// <summary>A 申报表 as a browser copies it: tabs between cells, the merged 产出指标 written once, a goal cell on two lines, page chrome.</summary>
    private const string Tabs =
        "某县教育局2021年项目支出绩效目标申报表\n" +
        "发布时间：2021-03-02  来源：某县财政局  【打印】【关闭】\n" +
        "项目名称\t义务教育学生营养改善计划\n" +
        "主管部门\t某县教育局\n" +
        "年度目标\t1.保障学生营养膳食补助按时足额发放\n" +
        "2.提高学生营养健康水平\n" +
        "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\n" +
        "产出指标\t数量指标\t受益学生人数\t≥3200人\t计划标准\n" +
        "质量指标\t补助资金发放准确率\t≥98%\t行业标准\n" +
        "效益指标\t社会效益指标\t学生营养健康状况\t有效改善\t其他标准\n" +
        "满意度指标\t服务对象满意度指标\t学生家长满意度\t≥95%\t计划标准\n";

    public static TheoryData<string, string> Copies() => new()
    {
        { "tabs", Tabs },
        { "one cell per line", Tabs.Replace('\t', '\n') },
        { "pipes", string.Join("\n", Tabs.Split('\n').Select(l => l.Contains('\t') ? "| " + l.Replace("\t", " | ") + " |" : l)) },
        { "runs of spaces", string.Join("\n", Tabs.Split('\n').Select(l => l.Replace("\t", "    "))) },
    };

    private static Jixiao.Formats.Office.OfficeImport Read(string text) => TextCopyReader.Read(text, new DisclosureReadOptions("copy.txt"));

    [Theory]
    [MemberData(nameof(Copies))]
    public void Every_split_gives_the_form_its_title_year_department_goals_and_rows(string split, string text)
    {
        var read = Read(text);
        var goals = Assert.IsType<Jixiao.Goals.GoalSet>(read.Result.GoalSet);
        Assert.Equal((2021, "某县教育局"), (goals.Year.Value, goals.Department.Name));
        var fund = Assert.Single(goals.Funds);
        Assert.Equal("义务教育学生营养改善计划", fund.Name);
        Assert.Equal(["保障学生营养膳食补助按时足额发放", "提高学生营养健康水平"], fund.Goals);
        Assert.Equal(["产出指标", "产出指标", "效益指标", "满意度指标"], fund.Indicators.Select(i => i.Level1));
        Assert.Equal(["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"], fund.Indicators.Select(i => i.Level2));
        Assert.Equal(["≥3200人", "≥98%", "有效改善", "≥95%"], fund.Indicators.Select(i => i.Target.Text));
        Assert.Equal(["计划标准", "行业标准", "其他标准", "计划标准"], fund.Indicators.Select(i => i.Basis));
        Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity != Severity.Info);
        Assert.True(split.Length > 0);
    }

    [Theory]
    [InlineData("tabs", CellSplit.Tabs)]
    [InlineData("one cell per line", CellSplit.OnePerLine)]
    [InlineData("pipes", CellSplit.Pipes)]
    [InlineData("runs of spaces", CellSplit.Spaces)]
    public void The_split_is_recognised_from_the_header_line(string name, CellSplit expected)
    {
        var text = Copies().Select(row => row.Data).Single(row => row.Item1 == name).Item2;
        Assert.Equal(expected, TextCopyReader.SplitOf(text));
    }

    [Fact]
    public void A_copy_goes_through_the_document_reader_and_a_heading_never_names_a_fund()
    {
        // Bug: such copies were read as the seed's format: no-structure, or a fund named 项目支出 with zero indicators.
        var text = "项目支出绩效目标表\n" + Tabs[(Tabs.IndexOf('\n') + 1)..];
        var read = DocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(text), new DisclosureReadOptions("copy.txt", Year: 2021));
        var fund = Assert.Single(read.GoalSet!.Funds);
        Assert.Equal("义务教育学生营养改善计划", fund.Name);
        Assert.Equal(4, fund.Indicators.Length);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == "line-ignored");
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_reported_with_its_line_and_the_other_rows_are_imported()
    {
        var text = Tabs.Replace("效益指标\t社会效益指标\t学生营养健康状况\t有效改善\t其他标准", "效益指标\t社会效益指标\t\t有效改善\t其他标准", StringComparison.Ordinal);
        var read = Read(text).Result;
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        var row = Assert.Single(read.Diagnostics, d => d.Code == "row-unnamed");
        Assert.Equal(10, row.Where!.Line);
        Assert.Contains("有效改善", row.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Equal(3, read.GoalSet!.Funds[0].Indicators.Length);
    }

    [Fact]
    public void Lint_says_rows_were_not_read_instead_of_blaming_the_document_for_a_missing_category()
    {
        var text = Tabs.Replace("学生家长满意度", "", StringComparison.Ordinal);
        var report = LintReport.Create(Read(text).Result, Linter.Default)!;
        Assert.DoesNotContain(report.Findings, f => f.Rule is "category-missing" or "goal-missing");
        var unread = Assert.Single(report.Findings, f => f.Rule == "rows-unread");
        Assert.Contains("1 rows", unread.Text(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_the_seeds_disclosure_one_cell_per_line_reads_its_ladders_and_both_funds()
    {
        // The seed's text without the tab before each cell: what a PDF viewer's copy of the disclosure gives.
        var seed = Samples.Text(Samples.SeedFile).Replace("\n\t", "\n", StringComparison.Ordinal);
        var goals = TextCopyReader.Read(seed, new DisclosureReadOptions("seed-copy.txt", Samples.SeedDepartment)).Result.GoalSet!;
        var expected = Samples.Seed();
        Assert.Equal(expected.Funds.Select(f => f.Name), goals.Funds.Select(f => f.Name));
        Assert.Equal(expected.Funds.Select(f => f.Indicators.Length), goals.Funds.Select(f => f.Indicators.Length));
        var ladder = Assert.IsType<LadderTarget>(goals.Funds[0].Indicators[0].Target);
        Assert.Equal(4, ladder.Ladder.Steps.Length);
        Assert.Equal(expected.Overall.Goals.Length, goals.Overall.Goals.Length);
    }
}
