using Jixiao.Goals;
using static Jixiao.Tests.Checks.Lint;

namespace Jixiao.Tests.Checks.Rules;

/// <summary>basis-missing, basis-nonstandard, indicator-compound, indicator-duplicate, description-repeats-name, input-as-output.</summary>
public sealed class IndicatorRuleTests
{
    public static TheoryData<string, string?> Bases => new()
    {
        { "", "basis-missing" },
        { "受理案件", "basis-nonstandard" },
        { "\"信访", "basis-nonstandard" },
        { "计划标准", null },
        { "计划标准：2020年工作计划", null },
        { "依据行业标准", null },
        { "预算支出标准", null },
    };

    [Theory]
    [MemberData(nameof(Bases))]
    public void A_basis_must_name_one_of_the_five_standards(string basis, string? rule)
    {
        var goals = With(Output("培训人数", "≥100人", basis));
        Assert.Equal(rule == "basis-missing" ? 1 : 0, Findings(goals, "basis-missing").Count);
        Assert.Equal(rule == "basis-nonstandard" ? 1 : 0, Findings(goals, "basis-nonstandard").Count);
    }

    public static TheoryData<string, string, string?> Compounds => new()
    {
        { "案件流转率", "批捕准确率和有罪判决率", "有罪判决率" },
        { "采纳率", "民事申诉案件上级采纳率及检察建议采纳率", "检察建议采纳率" },
        { "培训人数与满意度", "培训的人数", "满意度" },
        { "案件办结及时率", "按期办结案件占受理案件比例", null },
        { "资金使用和管理规范性", "资金使用和管理符合规定", null },
        { "涉检信访案件办结率", "按程序处理信访案件占全年受理信访案件比例", null },
    };

    [Theory]
    [MemberData(nameof(Compounds))]
    public void An_indicator_that_measures_two_things_is_compound(string name, string description, string? second)
    {
        var row = Row("产出指标", "质量指标", name, "≥90%", description: description);
        var findings = Findings(With(row), "indicator-compound");
        if (second is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Contains(second, Assert.Single(findings).Message.Format(Jixiao.Diagnostics.Cultures.Chinese), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_indicator_copied_into_another_fund_is_reported_at_the_copy()
    {
        var copied = Row("效益指标", "社会效益指标", "采纳率", "≥70%", description: "检察建议采纳率");
        var goals = Set(Fund("办案经费", [.. SoundRows(), copied]), Fund("办公用房租赁费", [.. SoundRows().Take(1), copied]));
        var findings = Findings(goals, "indicator-duplicate").Where(f => f.Indicator == "采纳率").ToList();
        Assert.Equal("办公用房租赁费", Assert.Single(findings).Fund);
    }

    [Fact]
    public void The_same_name_measuring_something_else_is_not_a_duplicate()
    {
        var goals = Set(
            Fund("甲", Row("效益指标", "社会效益指标", "采纳率", "≥70%", description: "检察建议采纳率")),
            Fund("乙", Row("效益指标", "社会效益指标", "采纳率", "≥70%", description: "合理化建议采纳率")));
        Assert.Empty(Findings(goals, "indicator-duplicate"));
    }

    [Fact]
    public void Indicators_every_fund_has_may_repeat()
    {
        var goals = Set(Fund("甲", [.. SoundRows()]), Fund("乙", [.. SoundRows()]));
        var repeated = Findings(goals, "indicator-duplicate").Select(f => f.Indicator).ToList();
        Assert.DoesNotContain("群众满意度", repeated);
        Assert.Contains("培训人次", repeated);
    }

    [Fact]
    public void A_description_that_only_repeats_the_name_says_nothing()
    {
        Assert.Single(Findings(With(Row("产出指标", "数量指标", "培训人数", "≥100人", description: "培训人数。")), "description-repeats-name"));
        Assert.Empty(Findings(With(Row("产出指标", "数量指标", "培训人数", "≥100人", description: "参加业务培训的干警人数")), "description-repeats-name"));
    }

    [Fact]
    public void Money_spent_is_an_input_not_an_output_except_under_cost()
    {
        Assert.Single(Findings(With(Output("办案设备购置数量", "≥10台")), "input-as-output"));
        Assert.Empty(Findings(With(Row("产出指标", "成本指标", "设备购置成本", "≤10万元")), "input-as-output"));
        Assert.Empty(Findings(With(Output("办案设备使用率", "≥90%")), "input-as-output"));
    }

    [Fact]
    public void A_sound_table_gives_no_finding_at_all() =>
        Assert.Empty(Jixiao.Checks.Linter.Default.Lint(With()));
}
