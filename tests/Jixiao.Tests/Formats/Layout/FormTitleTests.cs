using Jixiao.Formats.Layout;

namespace Jixiao.Tests.Formats.Layout;

/// <summary>Form titles read by how they end (issue 14: the year of <c>XX市XX局2024年项目支出预算绩效目标表</c> was not read).</summary>
public sealed class FormTitleTests
{
    [Theory]
    [InlineData("XX市XX局2024年项目支出预算绩效目标表", FormKind.ProjectGoals, 2024, "XX市XX局")]
    [InlineData("某县人民检察院2020年部门预算绩效信息", FormKind.Disclosure, 2020, "某县人民检察院")]
    [InlineData("2022年度项目支出绩效自评表", FormKind.ProjectSelfEvaluation, 2022, null)]
    [InlineData("某县卫生健康局２０２３年部门整体支出绩效自评表", FormKind.DepartmentSelfEvaluation, 2023, "某县卫生健康局")]
    [InlineData("附件2：某县水利局2023年部门整体支出绩效目标申报表", FormKind.DepartmentGoals, 2023, "某县水利局")]
    [InlineData("项目支出绩效自评表（2023年度）", FormKind.ProjectSelfEvaluation, 2023, null)]
    [InlineData("某县农业农村局2022年度项目支出绩效评价评分表", FormKind.ScoreSheet, 2022, "某县农业农村局")]
    [InlineData("项目支出绩效目标申报表", FormKind.ProjectGoals, null, null)]
    public void A_title_gives_its_form_year_and_department(string title, FormKind kind, int? year, string? department) =>
        Assert.Equal(new FormTitleMatch(kind, year, department), FormTitle.Read(title));

    [Theory]
    [InlineData("发布时间：2024年3月5日")]
    [InlineData("一、保障学生营养膳食补助按时足额发放")]
    [InlineData("关于2024年部门预算的说明")]
    [InlineData("")]
    public void Other_lines_are_not_titles(string line) => Assert.Null(FormTitle.Read(line));

    [Theory]
    [InlineData("项目支出", true)]
    [InlineData("项目", true)]
    [InlineData("XX市XX局2024年项目支出预算", true)]
    [InlineData("农村公路养护", false)]
    public void Generic_fund_names_are_form_words(string name, bool generic) => Assert.Equal(generic, FormTitle.IsGenericName(name));

    [Theory]
    [InlineData("发布时间：2024-01-05 来源：某县财政局", true)]
    [InlineData("【打印本页】 【关闭窗口】", true)]
    [InlineData("首页 > 信息公开 > 预算公开", true)]
    [InlineData("— 3 —", true)]
    [InlineData("中", false)]
    [InlineData("30", false)]
    [InlineData("来源于财政拨款的资金", false)]
    public void Page_furniture_is_recognised_and_table_cells_are_not(string line, bool furniture) =>
        Assert.Equal(furniture, PageFurniture.IsFurniture(line) || PageFurniture.IsPageNumber(line, inFooter: false));
}
