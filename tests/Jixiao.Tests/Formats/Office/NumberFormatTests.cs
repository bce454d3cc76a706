using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// XLSX number formats (issue 14): a cell typed <c>98%</c> is stored as 0.98 with a percent format, and was read as
/// "0.98", so a re-imported 自评表 scored 72 中 instead of 97 优 and a target 100% came back as 1.
/// </summary>
public sealed class NumberFormatTests
{
    private static string[] Cells(params object[] row)
    {
        var xlsx = OfficeFixtures.Xlsx(new XlsxSheet("表", [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"], row]));
        var read = OfficeReader.Read(xlsx, new DisclosureReadOptions("formats.xlsx", "某县财政局", 2024));
        var indicator = read.Result.GoalSet!.Funds[0].Indicators[0];
        return [indicator.Target.Text, read.Evaluation?.Funds[0].Indicators[0].Actual ?? ""];
    }

    [Theory]
    [InlineData(1.0, "0%", "100%")]
    [InlineData(0.98, "0%", "98%")]
    [InlineData(0.955, "0%", "95.5%")]
    [InlineData(0.9, "0.00%", "90.00%")]
    [InlineData(735, "0\"人次\"", "735人次")]
    [InlineData(0.95, "\"≥\"0%", "≥95%")]
    [InlineData(1030700, "#,##0.00", "1,030,700.00")]
    [InlineData(45616, "yyyy\"年\"m\"月\"d\"日\"", "2024年11月20日")]
    [InlineData(30, "General", "30")]
    public void A_number_reads_as_excel_shows_it_with_the_stored_precision(double value, string format, string expected) =>
        Assert.Equal(expected, Cells("产出指标", "质量指标", "合格率", new Formatted(value, format), "x")[0]);

    [Fact]
    public void A_percent_target_and_actual_come_back_as_percent()
    {
        var cells = Cells("产出指标", "质量指标", "验收合格率", new Formatted(1.0, "0%"), new Formatted(0.98, "0%"));
        Assert.Equal(["100%", "98%"], cells);
        var target = Assert.IsType<QuantitativeTarget>(TargetParser.Parse(cells[0]));
        Assert.Equal((100m, "%"), (target.Value, target.Unit));
    }
}
