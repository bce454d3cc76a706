using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Targets;

namespace Jixiao.Tests.Evaluation;

/// <summary>The formulas of rules.md §5, one row per case (issue 4, worked examples).</summary>
public sealed class FormulaTests
{
    [Theory]
    // 正向: B ≥ A → W; otherwise B / A × W, rounded to 2 decimals.
    [InlineData("≥95%", "96", 50, ScoringRule.Positive, true, "正向：实际 96% ≥ 目标 95% → 满分 50")]
    [InlineData("≥95%", "95%", 50, ScoringRule.Positive, true, "正向：实际 95% ≥ 目标 95% → 满分 50")]
    [InlineData("≥95%", "90", 47.37, ScoringRule.Positive, false, "正向：实际 90% < 目标 95% → 90 ÷ 95 × 50 = 47.37（四舍五入保留 2 位小数）")]
    [InlineData("100%", "98%", 49, ScoringRule.Positive, false, "正向：实际 98% < 目标 100% → 98 ÷ 100 × 50 = 49")]
    // 反向: B ≤ A → W; inside A < B < 2A → (1 − (B − A) / A) × W; beyond 2A → 0.
    [InlineData("≤30天", "28天", 50, ScoringRule.Negative, true, "反向：实际 28天 ≤ 目标 30天 → 满分 50")]
    [InlineData("≤30天", "36", 40, ScoringRule.Negative, false, "反向：目标 30天 < 实际 36天 < 2 × 目标 → (1 − (36 − 30) ÷ 30) × 50 = 40")]
    [InlineData("≤30天", "60", 0, ScoringRule.Negative, false, "反向：实际 60天 ≥ 2 × 目标 30天 = 60天 → 0 分")]
    [InlineData("≤30天", "75", 0, ScoringRule.Negative, false, "反向：实际 75天 ≥ 2 × 目标 30天 = 60天 → 0 分")]
    // 等于 with target 0: B ≤ 0 → W, else 0.
    [InlineData("=0起", "0", 50, ScoringRule.EqualZero, true, "等于：目标为 0，实际 0起 ≤ 0 → 满分 50")]
    [InlineData("=0起", "1起", 0, ScoringRule.EqualZero, false, "等于：目标为 0，实际 1起 > 0 → 0 分")]
    [InlineData("=12次", "9", 37.5, ScoringRule.Equal, false, "等于：实际 9次 < 目标 12次 → 9 ÷ 12 × 50 = 37.5")]
    // 区间: inside → W.
    [InlineData("90%-95%", "92", 50, ScoringRule.Range, true, "区间：实际 92% 在目标 90%-95% 内 → 满分 50")]
    public void Each_formula_scores_and_explains(string target, string actual, decimal score, ScoringRule rule, bool met, string explanation)
    {
        var evaluation = Build.Score(target, actual);
        Assert.Equal(rule, evaluation.Rule);
        Assert.Equal(score, evaluation.Score);
        Assert.Equal(met, evaluation.Met);
        Assert.StartsWith(explanation, evaluation.Explain(Cultures.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Explanations_come_in_english_too() =>
        Assert.StartsWith("negative: target 30天 < actual 36天 < 2 × target → (1 − (36 − 30) ÷ 30) × 50 = 40 (rounded half up to 2 decimals)",
            Build.Score("≤30天", "36").Explain(Cultures.English), StringComparison.Ordinal);

    [Fact]
    public void The_direction_column_wins_over_a_bare_number() =>
        Assert.Equal(ScoringRule.Negative, Build.Score("20万元", "22万元", direction: Direction.Negative).Rule);

    [Theory]
    [InlineData("达成年度指标", "9", 9, null)]
    [InlineData("完成", "10", 10, null)]
    [InlineData("部分达成", "7", 7, null)]
    [InlineData("未达成年度指标且效果较差", "5", 5, null)]
    [InlineData("达成", null, 10, null)]
    [InlineData("部分完成", null, 7, null)]
    [InlineData("达成年度指标", "7", 10, "7")]
    [InlineData("部分达成", "9", 7, "9")]
    [InlineData("未达成", "6.5", 3, "6.5")]
    public void Qualitative_tiers_take_a_score_inside_the_tier_and_reject_one_outside(string tier, string? entered, decimal score, string? rejected)
    {
        var evaluation = Build.Score("有效提升", tier, points: 10, entered: entered is null ? null : decimal.Parse(entered));
        Assert.Equal(ScoringRule.Qualitative, evaluation.Rule);
        Assert.Equal(score, evaluation.Score);
        Assert.Equal(rejected is null ? null : decimal.Parse(rejected), evaluation.RejectedScore);
    }

    [Fact]
    public void An_out_of_tier_score_is_an_error_and_stays_visible()
    {
        var fund = Build.Fund(Build.Indicator("有效提升", level1: "效益指标"));
        var findings = new List<Diagnostic>();
        var evaluation = FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("部分达成", score: 29)), ScoringPolicy.Default, findings);
        var indicator = evaluation.Indicators[0];
        Assert.Equal(29m, indicator.EnteredScore);
        Assert.Equal(21m, indicator.Score);
        var error = Assert.Single(findings, f => f.Code == "qualitative-score-out-of-tier");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("不在该档得分范围 18–24 内，不予采用", indicator.Explain(Cultures.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_execution_95_of_100_earns_9_5_points()
    {
        var budget = BudgetEvaluation.Of(new BudgetFigures(null, 1_000_000m, 950_000m, null, "", null, null), ScoringPolicy.Default);
        Assert.Equal(0.95m, budget.Rate);
        Assert.Equal(9.5m, budget.Score);
        Assert.Equal("预算执行率 = 全年执行数 95万元 ÷ 全年预算数 100万元 = 95%；得分 = min(95%, 100%) × 10 = 9.5（四舍五入保留 2 位小数）",
            budget.Explain(Cultures.Chinese));
    }

    [Fact]
    public void Budget_overspending_is_capped_at_the_points() =>
        Assert.Equal(10m, BudgetEvaluation.Of(new BudgetFigures(null, 100m, 120m, null, "", null, null), ScoringPolicy.Default).Score);

    [Theory]
    [InlineData(89.99, Grade.Good)]
    [InlineData(90, Grade.Excellent)]
    [InlineData(80, Grade.Good)]
    [InlineData(79.99, Grade.Fair)]
    [InlineData(60, Grade.Fair)]
    [InlineData(59.99, Grade.Poor)]
    public void Totals_fall_into_the_grade_bands(double total, Grade grade) =>
        Assert.Equal(grade, ScoringPolicy.Default.GradeOf((decimal)total));

    [Fact]
    public void A_fund_total_of_89_99_is_good_and_90_is_excellent()
    {
        // 预算 10 + one 产出 indicator with 分值 90: 79.99 + 10 = 89.99.
        var fund = Build.Fund(Build.Indicator("≥100件", weight: 90));
        var budget = new BudgetFigures(null, 100m, 100m, null, "", null, null);
        var good = FundEvaluator.Evaluate(fund, Build.Actuals(budget, Build.Actual("88.8766", reason: "r")), ScoringPolicy.Default);
        Assert.Equal(79.99m, good.Indicators[0].Score);
        Assert.Equal(89.99m, good.Total);
        Assert.Equal(Grade.Good, good.Grade);
        var excellent = FundEvaluator.Evaluate(fund, Build.Actuals(budget, Build.Actual("88.8889", reason: "r")), ScoringPolicy.Default);
        Assert.Equal(90m, excellent.Total);
        Assert.Equal(Grade.Excellent, excellent.Grade);
        Assert.EndsWith("→ 优（优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60）", excellent.Explain(Cultures.Chinese), StringComparison.Ordinal);
    }
}
