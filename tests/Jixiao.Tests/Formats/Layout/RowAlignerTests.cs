using Jixiao.Formats.Layout;

namespace Jixiao.Tests.Formats.Layout;

/// <summary>Cells a copy dropped are put back under their columns by what they are (issue 14).</summary>
public sealed class RowAlignerTests
{
    private static readonly string[] Sichuan = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"];

    private static readonly string[] Declaration = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];

    [Theory]
    [InlineData("数量指标|受益学生人数|受益学生人数|≥3200人|计划标准", "|数量指标|受益学生人数|受益学生人数|≥3200人|计划标准")]
    [InlineData("成本指标|每公里养护成本|单位成本|≤1.05万元|预算支出标准", "|成本指标|每公里养护成本|单位成本|≤1.05万元|预算支出标准")]
    [InlineData("时效指标|养护任务完成时间|按计划|2023年11月底前|计划标准", "|时效指标|养护任务完成时间|按计划|2023年11月底前|计划标准")]
    [InlineData("≥70良|受理案件", "||||≥70良|受理案件")]
    public void A_row_that_lost_cells_is_aligned_by_content(string cells, string expected) =>
        Assert.Equal(expected, string.Join("|", new RowAligner(Declaration).Align(cells.Split('|'))!));

    [Fact]
    public void Cells_one_per_line_are_cut_into_rows()
    {
        var cells = "产出指标(60分)|数量指标|新建高标准农田面积|正向|≥1.5|万亩|1.52|30|30|质量指标|工程验收合格率|正向|≥95|%|96|20|20".Split('|');
        var rows = new RowAligner(Sichuan).Split(cells);
        Assert.Equal(["产出指标(60分)|数量指标|新建高标准农田面积|正向|≥1.5|万亩|1.52|30|30|", "|质量指标|工程验收合格率|正向|≥95|%|96|20|20|"],
            rows.Select(r => string.Join("|", r.Row)));
        Assert.Equal([0, 9], rows.Select(r => r.First));
    }
}
