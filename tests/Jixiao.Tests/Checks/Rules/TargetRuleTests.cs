using Jixiao.Diagnostics;
using Jixiao.Targets;
using static Jixiao.Tests.Checks.Lint;

namespace Jixiao.Tests.Checks.Rules;

/// <summary>target-missing, target-not-measurable, target-unit-mismatch, direction-conflict.</summary>
public sealed class TargetRuleTests
{
    [Fact]
    public void A_blank_target_is_an_error_and_a_written_one_is_not()
    {
        Assert.Equal(Severity.Error, Assert.Single(Findings(With(Output("培训人数", "")), "target-missing")).Severity);
        Assert.Empty(Findings(With(Output("培训人数", "≥100人")), "target-missing"));
    }

    public static TheoryData<string, string, bool> NeverMissed => new()
    {
        { "数量指标", "≥0", true },
        { "数量指标", "0起", true },
        { "质量指标", "≤100%", true },
        { "质量指标", "0%-100%", true },
        { "数量指标", "≤0起", false },
        { "数量指标", ">0人", false },
        { "质量指标", "≥95%", false },
        { "质量指标", "100%", false },
    };

    [Theory]
    [MemberData(nameof(NeverMissed))]
    public void A_target_no_result_can_fail_is_flagged(string level2, string target, bool fires) =>
        Assert.Equal(fires, Findings(With(Row("产出指标", level2, "安全事故", target)), "target-never-missed").Count == 1);

    public static TheoryData<string, string, bool> Measurable => new()
    {
        { "数量指标", "效果明显", true },
        { "质量指标", "良好", true },
        { "时效指标", "及时", true },
        { "数量指标", "覆盖全区所有人员", true },
        { "时效指标", "11月底之前", false },
        { "时效指标", "12月底前100%到位", false },
        { "数量指标", "≥100人", false },
        { "质量指标", "90%-95%", false },
        { "质量指标", "≥95优 ≥70良 ≥50中 <50差", false },
        { "社会效益指标", "有效提升", false },
        { "服务对象满意度指标", "良好", false },
    };

    [Theory]
    [MemberData(nameof(Measurable))]
    public void Words_where_a_number_is_needed_are_not_measurable(string level2, string target, bool fires)
    {
        var level1 = level2.Contains("效益", StringComparison.Ordinal) ? "效益指标" : level2.Contains("满意", StringComparison.Ordinal) ? "满意度指标" : "产出指标";
        var findings = Findings(With(Row(level1, level2, "工作开展情况", target)), "target-not-measurable");
        Assert.Equal(fires, findings.Count == 1);
    }

    public static TheoryData<string, string, bool> Units => new()
    {
        { "案件办结率", "≤30天", true },
        { "案件办结率", "≥120%", true },
        { "案件办结率", "≥100%", true },
        { "案件办结率", ">100%", true },
        { "案件办结时间", "≥95%", true },
        { "人均培训成本", "≤5天", true },
        { "案件办结率", "≥98百分比", false },
        { "案件办结率", "100%", false },
        { "案件办结率", "=100%", false },
        { "案件办结率", "═100%", false },
        { "案件办结率", "大于等于 98 %", false },
        { "案件办结率", "95%以上", false },
        { "案件办结率", "≥95优 ≥70良 ≥50中 <50差", false },
        { "案件办结时间", "≤30个工作日", false },
        { "人均培训成本", "≤500元", false },
        { "群众满意度", "≥90分", false },
        { "培训人次", "≧735人次", false },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void A_unit_must_fit_the_measure_the_name_announces(string name, string target, bool fires) =>
        Assert.Equal(fires, Findings(With(Output(name, target)), "target-unit-mismatch").Count == 1);

    [Fact]
    public void A_rate_in_days_says_what_unit_it_expects()
    {
        var finding = Assert.Single(Findings(With(Output("案件办结率", "≤30天")), "target-unit-mismatch"));
        var text = finding.Text(Cultures.English);
        Assert.Contains("rate", text, StringComparison.Ordinal);
        Assert.Contains("'天'", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, Direction, bool> Directions => new()
    {
        { "≥100人", Direction.Negative, true },
        { "≤30天", Direction.Positive, true },
        { "≥100人", Direction.Qualitative, true },
        { "≥100人", Direction.Positive, false },
        { "≤30天", Direction.Negative, false },
        { "100人", Direction.Negative, false },
        { "有效提升", Direction.Positive, false },
        { "有效提升", Direction.Qualitative, false },
    };

    [Theory]
    [MemberData(nameof(Directions))]
    public void The_direction_column_must_agree_with_the_comparator(string target, Direction direction, bool fires)
    {
        var row = Row("产出指标", "数量指标", "工作量", target, direction: direction);
        Assert.Equal(fires, Findings(With(row), "direction-conflict").Count == 1);
    }
}
