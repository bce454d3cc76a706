using Jixiao.Diagnostics;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;

namespace Jixiao.Tests.Evaluation;

/// <summary>Where each indicator's points come from, and what happens to parts that cannot be scored.</summary>
public sealed class PointsTests
{
    [Fact]
    public void A_category_is_split_evenly_with_the_rounding_remainder_on_the_last()
    {
        var fund = Build.Fund(Build.Indicator("≥1件", name: "甲"), Build.Indicator("≥1件", name: "乙"), Build.Indicator("≥1件", name: "丙"));
        var result = FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("1"), Build.Actual("1"), Build.Actual("1")), ScoringPolicy.Default);
        Assert.Equal([16.67m, 16.67m, 16.66m], result.Indicators.Select(i => i.Points));
        Assert.EndsWith("（分值 16.67 = 产出指标 50 分 ÷ 3 项）", result.Indicators[0].Explain(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Equal(100m, result.Total);
    }

    [Fact]
    public void A_weight_in_the_category_label_wins_over_the_policy()
    {
        var fund = Build.Fund(Build.Indicator("≥1件", level1: "产出指标(60分)"), Build.Indicator("≥90%", level1: "满意度指标"));
        var result = FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("1"), Build.Actual("90")), ScoringPolicy.Default);
        Assert.Equal([60m, 10m], result.Indicators.Select(i => i.Points));
    }

    [Fact]
    public void Table_weights_win_and_the_rest_of_the_category_is_shared()
    {
        var fund = Build.Fund(Build.Indicator("≥1件", weight: 20, name: "甲"), Build.Indicator("≥1件", name: "乙"), Build.Indicator("≥1件", name: "丙"));
        var result = FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("1"), Build.Actual("1"), Build.Actual("1")), ScoringPolicy.Default);
        Assert.Equal([20m, 15m, 15m], result.Indicators.Select(i => i.Points));
    }

    [Fact]
    public void A_missing_actual_scores_zero_with_a_warning()
    {
        var fund = Build.Fund(Build.Indicator("≥1件"));
        var findings = new List<Diagnostic>();
        var result = FundEvaluator.Evaluate(fund, Build.Actuals(null, [null]), ScoringPolicy.Default, findings);
        Assert.Equal(ScoringRule.Missing, result.Indicators[0].Rule);
        Assert.Equal(0m, result.Indicators[0].Score);
        Assert.Contains(findings, f => f.Code == "actual-missing" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void An_unknown_category_is_an_error_and_left_out_of_the_total()
    {
        var fund = Build.Fund(Build.Indicator("≥1件"), Build.Indicator("≥1件", level1: "其他指标", weight: 10, name: "其他"));
        var findings = new List<Diagnostic>();
        var result = FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("1"), Build.Actual("1")), ScoringPolicy.Default, findings);
        Assert.Equal(ScoringRule.UnknownCategory, result.Indicators[1].Rule);
        Assert.False(result.Indicators[1].Applicable);
        Assert.Equal(100m, result.Total);
        Assert.Contains(findings, f => f.Code == "category-unscorable" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Budget_weighted_department_totals_use_the_annual_budgets()
    {
        var goals = new Jixiao.Goals.GoalSet(new Jixiao.Goals.FiscalYear(2020), new Jixiao.Goals.Department("某局"), Jixiao.Goals.DepartmentGoals.Empty,
            [new Jixiao.Goals.Fund("甲", [], [Build.Indicator("≥10件")]), new Jixiao.Goals.Fund("乙", [], [Build.Indicator("≥10件")])]);
        var budget = (decimal annual) => new Jixiao.Evaluation.Actuals.BudgetFigures(null, annual, annual, null, "", null, null);
        var actuals = new Jixiao.Evaluation.Actuals.ActualSet([Build.Actuals(budget(300), Build.Actual("10")), Build.Actuals(budget(100), Build.Actual("5", reason: "r"))]);
        var (policy, _) = ScoringPolicyReader.Read("""{ "departmentTotal": "budgetWeighted" }"""u8, "p.json");
        var evaluation = Evaluator.Evaluate(goals, actuals, policy!);
        // 甲 100, 乙 10 + 25 = 35 out of 60 → 58.33; weighted (300 × 100 + 100 × 58.33) ÷ 400 = 89.58.
        Assert.Equal([100m, 58.33m], evaluation.Funds.Select(f => f.Total!.Value));
        Assert.Equal(89.58m, evaluation.Total);
        Assert.StartsWith("部门汇总 = 2 个专项资金总分按全年预算数加权平均 = 89.58 → 良", evaluation.Explain(Cultures.Chinese), StringComparison.Ordinal);
    }
}
