using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.Office;

/// <summary>The bugs issue 14 lists for Word and Excel files, each with the case that showed it.</summary>
public sealed class PublishedDocumentBugTests
{
    private static OfficeImport Read(byte[] file) => OfficeReader.Read(file, new DisclosureReadOptions("form.xlsx"));

    private static readonly object?[][] RoadForm =
    [
        ["XX市XX局2024年项目支出预算绩效目标表"],
        ["项目名称", "农村公路养护"],
        ["年度目标", "完成农村公路日常养护"],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "养护里程", "≥120公里", "计划标准"],
        [null, "时效指标", "养护完成时间", "11月底之前", "计划标准"],
        ["效益指标", "社会效益指标", "道路优良率", "≥85%", "行业标准"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "计划标准"],
    ];

    [Fact]
    public void The_year_and_department_of_a_title_row_are_read()
    {
        var goals = Read(OfficeFixtures.Xlsx(new XlsxSheet("表", RoadForm))).Result.GoalSet!;
        Assert.Equal((2024, "XX市XX局"), (goals.Year.Value, goals.Department.Name));
    }

    [Fact]
    public void Two_forms_stacked_in_one_sheet_are_two_funds_and_the_second_title_is_no_indicator()
    {
        object?[][] second = [[null], .. RoadForm.Select(r => r.Select(c => c is "农村公路养护" ? "农村客运补贴" : c).ToArray())];
        var read = Read(OfficeFixtures.Xlsx(new XlsxSheet("表", [.. RoadForm, .. second])));
        var funds = read.Result.GoalSet!.Funds;
        Assert.Equal(["农村公路养护", "农村客运补贴"], funds.Select(f => f.Name));
        Assert.All(funds, f => Assert.Equal(["养护里程", "养护完成时间", "道路优良率", "群众满意度"], f.Indicators.Select(i => i.Name)));
        Assert.Equal("T1R14C4", funds[1].Indicators[0].Source!.ToString());
        Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void One_bad_row_is_reported_and_the_file_still_imports()
    {
        object?[][] rows = [.. RoadForm[..6], [null, null, null, "≥85%", "行业标准"], .. RoadForm[7..]];
        var read = DocumentReader.Read(OfficeFixtures.Xlsx(new XlsxSheet("表", rows)), new DisclosureReadOptions("form.xlsx"));
        Assert.False(read.HasErrors);
        var row = Assert.Single(read.Diagnostics, d => d.Code == "row-unnamed");
        Assert.Equal(("T1R7C4", "农村公路养护"), (row.Where!.ToString(), row.Fund));
        Assert.Equal(3, read.GoalSet!.Funds[0].Indicators.Length);
    }

    [Fact]
    public void A_category_row_across_the_table_heads_the_rows_under_it()
    {
        object?[][] rows = [.. RoadForm[..4], ["产出指标"], [null, "数量指标", "养护里程", "≥120公里", "计划标准"], .. RoadForm[6..]];
        var read = Read(OfficeFixtures.Xlsx(new XlsxSheet("表", rows)));
        Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal("产出指标", read.Result.GoalSet!.Funds[0].Indicators[0].Level1);
    }

    [Theory]
    [InlineData("资金总额共854万854万元", "854万854万")]
    [InlineData("完成培训1200人次1200人次", "1200人次1200人次")]
    [InlineData("854万854万", "854万")]
    public void Doubled_text_inside_a_longer_cell_is_an_artefact(string text, string piece)
    {
        var artefact = Assert.Single(TextArtifacts.Find(text));
        Assert.Equal((ArtifactKind.DoubledText, piece), (artefact.Kind, artefact.Piece));
    }

    [Theory]
    [InlineData("逐步完善各项制度")]
    [InlineData("1.1.1")]
    [InlineData("研究研究再决定")]
    [InlineData("2021年1月-12月")]
    public void Real_text_is_not_doubled(string text) => Assert.Empty(TextArtifacts.Find(text));

    [Fact]
    public void A_target_with_doubled_text_inside_is_kept_as_text_and_reported()
    {
        var target = Assert.IsType<TextTarget>(TargetParser.Parse("≤854万854万元"));
        Assert.Equal(TargetProblem.Doubled, target.Problem);
        var indicator = new Jixiao.Goals.Indicator("产出指标", "成本指标", "项目成本", "总成本共854万854万元", new QualitativeTarget("控制在预算内"), "预算支出标准");
        var goals = new Jixiao.Goals.GoalSet(new Jixiao.Goals.FiscalYear(2024), new Jixiao.Goals.Department("某县财政局"), Jixiao.Goals.DepartmentGoals.Empty,
            [new Jixiao.Goals.Fund("测试", ["目标"], [indicator])]);
        Assert.Contains(Linter.Default.Lint(goals), f => f.Rule == "text-artifact" && f.Indicator == "项目成本");
    }
}
