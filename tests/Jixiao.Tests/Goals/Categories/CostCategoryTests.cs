using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.TextCopy;
using Jixiao.Goals;
using Jixiao.Targets;
using static Jixiao.Tests.Checks.Lint;

namespace Jixiao.Tests.Goals.Categories;

/// <summary>
/// 成本指标 is one thing everywhere (issue 12, item 6): a 一级 of its own (101号) or a 二级 under 产出, under any
/// accepted spelling, the checks, the scoring and the target parser classify it the same way.
/// </summary>
public sealed class CostCategoryTests
{
    /// <summary>一级, 二级 as documents write them, and whether the indicator is a cost.</summary>
    public static TheoryData<string, string, bool> Placements => new()
    {
        // 成本指标 at level 1 (财预〔2021〕101号), its own 二级, spellings without 指标, with points, synonyms.
        { "成本指标", "经济成本指标", true },
        { "成本指标", "社会成本指标", true },
        { "成本指标", "生态环境成本指标", true },
        { "成本", "经济成本", true },
        { "成本指标（20分）", "经济成本指标", true },
        { "项目成本指标", "经济成本指标", true },
        { "成本指标", "环境成本指标", true },
        { "成本指标", "", true },
        // 成本指标 as a 二级 under 产出 (财预〔2020〕10号), under 产出's spellings and synonyms, or with the 一级 left blank.
        { "产出指标", "成本指标", true },
        { "产出", "成本", true },
        { "产出指标(50分)", "成本指标", true },
        { "项目完成指标", "成本指标", true },
        { "", "成本指标", true },
        // Not costs: the other categories, and a cost 二级 under a category it does not nest in.
        { "产出指标", "数量指标", false },
        { "效益指标", "经济效益指标", false },
        { "效果指标", "社会效益指标", false },
        { "满意度指标", "服务对象满意度指标", false },
        { "效益指标", "成本指标", false },
    };

    [Theory]
    [MemberData(nameof(Placements))]
    public void Checks_scoring_and_target_parsing_classify_cost_alike(string level1, string level2, bool cost)
    {
        var indicator = Row(level1, level2, "办公经费", "500");
        var expected = cost ? "cost" : Linter.Default.Classify(indicator).Categories.Level1Category?.Key;

        // Checks: the category the linter works with, and the rule that leaves costs alone (money is their subject).
        Assert.Equal(expected, Linter.Default.Classify(indicator).Categories.Category?.Key);
        Assert.Equal(cost, Findings(With(indicator), "input-as-output").Count == 0);

        // Target parsing: a bare number under a cost is a ceiling.
        var target = Assert.IsType<QuantitativeTarget>(indicator.Target);
        Assert.Equal(cost ? Comparator.LessOrEqual : Comparator.GreaterOrEqual, target.Comparator);
        Assert.True(target.ComparatorImplied);

        // Scoring: the same category; by default in 产出's points, and in its own where a policy gives it some.
        var scored = ScoreIn(indicator, ScoringPolicy.Default);
        Assert.Equal(expected, scored.Kind?.Key);
        Assert.Equal(cost ? "output" : expected, scored.Category?.Key);
        var own = ScoreIn(indicator, OwnCostGroup);
        Assert.Equal(expected, own.Category?.Key);
    }

    [Fact]
    public void The_explanation_says_whether_cost_counts_in_output_or_on_its_own()
    {
        var indicator = Row("产出指标", "成本指标", "人均培训成本", "≤500元");
        Assert.Contains("（成本指标按评分规则计入产出指标的分值）", ScoreIn(indicator, ScoringPolicy.Default).Explain(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Contains("(成本指标 counted in the points of 产出指标 by the scoring policy)", ScoreIn(indicator, ScoringPolicy.Default).Explain(Cultures.English), StringComparison.Ordinal);
        Assert.Contains("（成本指标按评分规则单独计分）", ScoreIn(indicator, OwnCostGroup).Explain(Cultures.Chinese), StringComparison.Ordinal);
        var quantity = Row("产出指标", "数量指标", "培训人次", "≥735人次");
        Assert.DoesNotContain("按评分规则", ScoreIn(quantity, ScoringPolicy.Default).Explain(Cultures.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_a_cost_group_splits_the_points_apart()
    {
        var fund = Fund("测试项目", [.. SoundRows(), Row("成本指标", "经济成本指标", "单位成本", "≤1.05万元")]);
        var byDefault = FundEvaluator.Evaluate(fund, null, ScoringPolicy.Default);
        // 产出 50 over its four rows and the 成本指标 row: 10 each.
        Assert.Equal([10m, 10m, 10m, 10m, 30m, 10m, 10m], byDefault.Indicators.Select(i => i.Points));
        var apart = FundEvaluator.Evaluate(fund, null, OwnCostGroup);
        // 产出 40 over 数量/质量/时效; 成本 10 over the two cost rows (产出's 成本指标 and the 一级 成本指标).
        Assert.Equal([13.33m, 13.33m, 13.34m, 5m, 30m, 10m, 5m], apart.Indicators.Select(i => i.Points));
    }

    [Fact]
    public void Labels_of_output_and_cost_add_up_in_the_group_they_share()
    {
        var fund = Fund("测试项目",
            Row("产出指标(30分)", "数量指标", "培训人次", "≥735人次"),
            Row("成本指标(20分)", "经济成本指标", "人均培训成本", "≤500元"),
            Row("效益指标(40分)", "社会效益指标", "司法公信力", "有效提升"),
            Row("满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥90%"));
        var evaluation = FundEvaluator.Evaluate(fund, null, ScoringPolicy.Default);
        Assert.Equal([25m, 25m, 40m, 10m], evaluation.Indicators.Select(i => i.Points));
    }

    [Fact]
    public void A_document_read_in_either_placement_gives_cost_targets_as_ceilings()
    {
        const string text =
            "某县交通局2021年项目支出绩效目标申报表\n项目名称\t道路养护\n主管部门\t某县交通局\n年度目标\t完成道路养护\n" +
            "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\n" +
            "产出指标\t数量指标\t养护里程\t120公里\t计划标准\n" +
            "产出指标\t成本指标\t每公里养护成本\t1.05万元\t预算支出标准\n" +
            "成本指标\t经济成本指标\t单位造价\t300元/平方米\t预算支出标准\n";
        var read = TextCopyReader.Read(text, new DisclosureReadOptions("copy.txt"));
        var indicators = Assert.Single(read.Result.GoalSet!.Funds).Indicators;
        Assert.Equal([Comparator.GreaterOrEqual, Comparator.LessOrEqual, Comparator.LessOrEqual],
            indicators.Select(i => Assert.IsType<QuantitativeTarget>(i.Target).Comparator));
    }

    private static readonly ScoringPolicy OwnCostGroup = ReadPolicy("""{ "categories": { "output": { "weight": 40 }, "cost": { "weight": 10 } } }""");

    private static ScoringPolicy ReadPolicy(string json)
    {
        var (policy, diagnostics) = ScoringPolicyReader.Read(System.Text.Encoding.UTF8.GetBytes(json), "policy.json");
        Assert.Empty(diagnostics);
        return policy!;
    }

    private static IndicatorEvaluation ScoreIn(Indicator indicator, ScoringPolicy policy) =>
        FundEvaluator.Evaluate(Fund("测试项目", indicator), null, policy).Indicators[0];
}
