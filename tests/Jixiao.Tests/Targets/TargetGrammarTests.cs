using Jixiao.Targets;

namespace Jixiao.Tests.Targets;

/// <summary>
/// The target grammar, case by case, from ../shared/domain/target-values.md and the seed.
/// "ge? 100 %" means the comparator was implied ("reach this"), not written.
/// </summary>
public sealed class TargetGrammarTests
{
    [Theory]
    // comparators, symbols
    [InlineData("≥95%", "ge 95 %")]
    [InlineData("≧735人次", "ge 735 人次")]
    [InlineData(">=90%", "ge 90 %")]
    [InlineData("＞=90%", "ge 90 %")]
    [InlineData("≦15个工作日", "le 15 个工作日")]
    [InlineData("<=5%", "le 5 %")]
    [InlineData("＜=5%", "le 5 %")]
    [InlineData("=100%", "eq 100 %")]
    [InlineData("＝100%", "eq 100 %")]
    [InlineData("═100%", "eq 100 %")]
    [InlineData(">0", "gt 0 -")]
    [InlineData("＞80%", "gt 80 %")]
    [InlineData("<3次", "lt 3 次")]
    [InlineData("＜3次", "lt 3 次")]
    [InlineData("‹2起", "lt 2 起")]
    // comparators, words
    [InlineData("大于等于 98 %", "ge 98 %")]
    [InlineData("大于等于98%", "ge 98 %")]
    [InlineData("不少于1200人次", "ge 1200 人次")]
    [InlineData("不低于95%", "ge 95 %")]
    [InlineData("不小于10个", "ge 10 个")]
    [InlineData("达到100%", "ge 100 %")]
    [InlineData("小于等于5天", "le 5 天")]
    [InlineData("不超过20万元", "le 20 万元")]
    [InlineData("不高于3%", "le 3 %")]
    [InlineData("不大于2次", "le 2 次")]
    [InlineData("等于0", "eq 0 -")]
    [InlineData("大于90%", "gt 90 %")]
    [InlineData("高于85%", "gt 85 %")]
    [InlineData("超过500户", "gt 500 户")]
    [InlineData("小于1%", "lt 1 %")]
    [InlineData("低于5%", "lt 5 %")]
    // suffix comparators
    [InlineData("95%以上", "ge 95 %")]
    [InlineData("90%及以上", "ge 90 %")]
    [InlineData("5%以下", "le 5 %")]
    [InlineData("30天以内", "le 30 天")]
    [InlineData("控制在30天以内", "le 30 天")]
    [InlineData("控制在预算10万元以内", "le 10 万元")]
    // numbers
    [InlineData("≥95.5%", "ge 95.5 %")]
    [InlineData("≤1,030,700.00元", "le 1030700.00 元")]
    [InlineData("0.98", "ge? 0.98 -")]
    [InlineData("百分之九十八", "ge? 98 %")]
    [InlineData("不低于百分之九十五", "ge 95 %")]
    [InlineData("≥９５％", "ge 95 %")]
    [InlineData("１２００人次", "ge? 1200 人次")]
    // units
    [InlineData("≥98百分比", "ge 98 %")]
    [InlineData("100百分比", "ge? 100 %")]
    [InlineData("≥1200人次", "ge 1200 人次")]
    [InlineData("≤30天", "le 30 天")]
    [InlineData("≥2批次/千人", "ge 2 批次/千人")]
    [InlineData("≤850元/亩", "le 850 元/亩")]
    [InlineData("≥3 个月", "ge 3 个月")]
    [InlineData("≥120平方米", "ge 120 平方米")]
    [InlineData("≥500亩", "ge 500 亩")]
    [InlineData("≥12公里", "ge 12 公里")]
    [InlineData("≥8台", "ge 8 台")]
    [InlineData("≥2辆", "ge 2 辆")]
    [InlineData("≥6篇", "ge 6 篇")]
    [InlineData("≥4架次", "ge 4 架次")]
    // no comparator: "reach this"
    [InlineData("100%", "ge? 100 %")]
    [InlineData("1人", "ge? 1 人")]
    [InlineData("20万元", "ge? 20 万元")]
    [InlineData("100%到位", "ge? 100 %")]
    // ranges
    [InlineData("90%-95%", "range 90..95 %")]
    [InlineData("90%～95%", "range 90..95 %")]
    [InlineData("90-95%", "range 90..95 %")]
    [InlineData("3至5天", "range 3..5 天")]
    [InlineData("95%-90%", "text!badrange")]
    // qualitative
    [InlineData("有效提升", "qualitative")]
    [InlineData("明显提升", "qualitative")]
    [InlineData("明显增加", "qualitative")]
    [InlineData("明显增强", "qualitative")]
    [InlineData("持续加强", "qualitative")]
    [InlineData("持续影响", "qualitative")]
    [InlineData("逐步改善", "qualitative")]
    [InlineData("良好", "qualitative")]
    [InlineData("有效", "qualitative")]
    [InlineData("长期", "qualitative")]
    [InlineData("达成预期指标", "qualitative")]
    [InlineData("效果明显", "qualitative")]
    [InlineData("符合相关规定", "qualitative")]
    [InlineData("严格执行相关制度规定", "qualitative")]
    [InlineData("覆盖全区所有人员", "qualitative")]
    // deadlines and periods
    [InlineData("11月底之前", "deadline")]
    [InlineData("12月底前100%到位", "deadline")]
    [InlineData("2021年1月-12月", "deadline")]
    [InlineData("在项目计划完成时间内完成", "deadline")]
    [InlineData("及时", "deadline")]
    [InlineData("2020年12月31日前", "deadline")]
    [InlineData("第三季度", "deadline")]
    // grade ladders: one step per row (the seed), one line, grade first
    [InlineData("≥95优", "ladder ge95优")]
    [InlineData("<50差", "ladder lt50差")]
    [InlineData("‹50差", "ladder lt50差")]
    [InlineData("60差", "ladder _60差")]
    [InlineData("≥95优，≥70良，≥50中，<50差", "ladder ge95优 ge70良 ge50中 lt50差")]
    [InlineData("≥95优 ≥70良 ≥50中 <50差", "ladder ge95优 ge70良 ge50中 lt50差")]
    [InlineData("≥95%优；≥70%良；<70%差", "ladder ge95%优 ge70%良 lt70%差")]
    [InlineData("优:≥95；良:≥70；中:≥50；差:<50", "ladder ge95优 ge70良 ge50中 lt50差")]
    [InlineData("优：≥95，良：≥70", "ladder ge95优 ge70良")]
    [InlineData("≥90优秀 ≥75良好 ≥60合格 <60不合格", "ladder ge90优 ge75良 ge60中 lt60差")]
    [InlineData("≥90分优 ≥80分良", "ladder ge90分优 ge80分良")]
    [InlineData("≤5优 ≤10良 >10差", "ladder le5优 le10良 gt10差")]
    // broken ladders and conversion damage
    [InlineData("≥95优 ≥70好 ≥50坏", "text!badladder")]
    [InlineData("≥95优 ≥70良 甲", "text!badladder")]
    [InlineData("854万854万", "text!doubled")]
    [InlineData("预计值210010", "text!unreadable")]
    // issue 14: a qualifier in brackets after the value, a target inside a sentence
    [InlineData("≥95%（含）", "ge 95 %")]
    [InlineData("≤30天(工作日)", "le 30 天")]
    [InlineData("100%（按计划）", "ge? 100 %")]
    [InlineData("全年培训人数达到500人以上", "ge 500 人")]
    [InlineData("确保覆盖率达到95%以上", "ge 95 %")]
    [InlineData("投诉办结率不低于98%", "ge 98 %")]
    [InlineData("培训300人次，覆盖率达到95%", "text!unreadable")]
    [InlineData("≥95%≥98%", "text!unreadable")]
    // free text and empty
    [InlineData("", "text")]
    [InlineData("   ", "text")]
    [InlineData("见附件", "text")]
    public void Parses(string text, string expected)
    {
        var target = TargetParser.Parse(text);
        Assert.Equal(expected, TargetDescriber.Describe(target));
        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData("≥", "735", "人次", "ge 735 人次")]
    [InlineData("≧", "735", "人次", "ge 735 人次")]
    [InlineData("大于等于", "98", "%", "ge 98 %")]
    [InlineData("小于等于", "30", "天", "le 30 天")]
    [InlineData("等于", "0", "起", "eq 0 起")]
    [InlineData("正向", "95", "%", "ge 95 %")]
    [InlineData("反向", "5", "%", "le 5 %")]
    [InlineData("", "100", "%", "ge? 100 %")]
    public void Parses_separate_comparator_number_and_unit_cells(string comparator, string number, string unit, string expected) =>
        Assert.Equal(expected, TargetDescriber.Describe(TargetParser.ParseCells(comparator, number, unit)));

    [Theory]
    [InlineData("100%", "le? 100 %")]
    [InlineData("20万元", "le? 20 万元")]
    [InlineData("≥20万元", "ge 20 万元")]
    public void A_bare_number_under_a_cost_indicator_means_stay_within(string text, string expected) =>
        Assert.Equal(expected, TargetDescriber.Describe(TargetParser.Parse(text, TargetContext.For("产出指标", "成本指标"))));

    [Fact]
    public void Rows_of_one_grade_each_merge_into_one_ladder_keeping_each_row_text()
    {
        var target = Assert.IsType<LadderTarget>(TargetParser.ParseRows(["≥95优", "≥70良", "≥50中", "<50差"]));
        Assert.Equal("≥95优 ≥70良 ≥50中 <50差", target.Text);
        Assert.Equal(["≥95优", "≥70良", "≥50中", "<50差"], target.Ladder.Steps.Select(s => s.Text));
    }

    [Fact]
    public void A_row_that_is_not_a_grade_step_breaks_the_ladder_into_text_with_a_problem()
    {
        var target = Assert.IsType<TextTarget>(TargetParser.ParseRows(["≥95优", "≥70好"]));
        Assert.Equal(TargetProblem.BadLadder, target.Problem);
        Assert.Equal("≥95优 ≥70好", target.Text);
    }

    [Theory]
    [InlineData("≥95%", Direction.Positive)]
    [InlineData("≤30天", Direction.Negative)]
    [InlineData("有效提升", Direction.Qualitative)]
    [InlineData("=0", null)]
    [InlineData("≥95优 ≥70良", Direction.Positive)]
    [InlineData("≤5优 ≤10良 >10差", Direction.Negative)]
    public void A_comparator_implies_a_direction(string text, Direction? expected) =>
        Assert.Equal(expected, TargetParser.Parse(text).ImpliedDirection);
}
