using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Targets;

namespace Jixiao.Tests.Evaluation;

/// <summary>
/// A published 项目支出绩效自评表 (samples/procuratorate-2020-*), reproduced from its goal table and actuals:
/// the entered scores are kept, and the three that disagree with the rules are reported.
/// </summary>
public sealed class PublishedSelfEvaluationTests
{
    private static readonly DepartmentEvaluation Evaluation = Evaluate();

    private static DepartmentEvaluation Evaluate()
    {
        var goals = Samples.Published();
        var read = ActualsReader.ReadFile(Samples.PathOf(Samples.PublishedActuals), goals);
        Assert.Empty(read.Diagnostics);
        return Evaluator.Evaluate(goals, read.Actuals!, ScoringPolicy.Default);
    }

    [Fact]
    public void Every_indicator_is_scored_by_the_rules_with_the_tables_points()
    {
        var fund = Assert.Single(Evaluation.Funds);
        Assert.Equal([15m, 15m, 10m, 10m, 20m, 10m, 10m], fund.Indicators.Select(i => i.Points));
        Assert.Equal([15m, 15m, 9m, 10m, 19.6m, 9m, 10m], fund.Indicators.Select(i => i.Score));
        Assert.Equal(9.5m, fund.Budget.Score);
        Assert.Equal(97.1m, fund.Total);
        Assert.Equal(Grade.Excellent, fund.Grade);
    }

    [Fact]
    public void Entered_scores_are_kept_and_their_total_shown_beside_the_rules()
    {
        var fund = Evaluation.Funds[0];
        Assert.Equal([15m, 15m, 9m, 10m, 18m, 9m, 7m], fund.Indicators.Select(i => i.EnteredScore!.Value));
        Assert.Equal(10m, fund.Budget.EnteredScore);
        Assert.Equal(93m, fund.EnteredTotal);
    }

    [Fact]
    public void Scores_that_disagree_with_the_rules_are_reported_not_changed()
    {
        var mismatches = Evaluation.Findings.Where(f => f.Code == "score-mismatch").ToList();
        Assert.Equal([2, 8, 10], mismatches.Select(m => m.Where?.Line ?? 0));
        Assert.All(mismatches, m => Assert.Equal(Severity.Warning, m.Severity));
        Assert.Contains("填报得分 7 与按规则计算的 10 不符。填报得分未被修改", mismatches[2].Message.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, Evaluation.Findings.Count);
    }

    [Fact]
    public void Missed_targets_carry_their_reasons_so_no_reason_finding_is_raised() =>
        Assert.DoesNotContain(Evaluation.Findings, f => f.Code == "deviation-reason-missing");

    [Fact]
    public void Categories_without_indicators_are_dropped_and_the_rest_rescaled()
    {
        var goals = Samples.Published();
        var fund = goals.Funds[0];
        // Only the 产出 indicators (分值 from the table, 50) and no budget: 50 applicable points.
        string[] actuals = ["162", "98", "33", "38", "不适用", "不适用", "不适用"];
        var entries = actuals.Select(a => Build.Actual(a, reason: "r")).ToArray();
        var result = FundEvaluator.Evaluate(fund, Build.Actuals(null, entries), ScoringPolicy.Default);
        Assert.Equal(50m, result.ApplicablePoints);
        Assert.Equal(49m / 50m * 100m, result.Total);
        var explanation = result.Explain(Cultures.Chinese);
        Assert.StartsWith("总分 = 适用部分得分 49 ÷ 适用分值 50 × 100 = 98（剔除不适用的 预算执行率 10 分（未提供资金数据）", explanation, StringComparison.Ordinal);
        Assert.Contains("“群众满意度” 10 分（不适用）", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_far_exceeded_is_flagged_as_set_too_low_without_deduction()
    {
        var findings = new List<Diagnostic>();
        var fund = Build.Fund(Build.Indicator("≥100件"));
        var result = FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("150件")), ScoringPolicy.Default, findings);
        Assert.Equal(50m, result.Indicators[0].Score);
        Assert.Contains(findings, f => f.Code == "target-too-low");
    }

    [Fact]
    public void A_missed_target_without_reason_is_flagged()
    {
        var findings = new List<Diagnostic>();
        var fund = Build.Fund(Build.Indicator("≥100件"));
        FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("90件")), ScoringPolicy.Default, findings);
        var finding = Assert.Single(findings, f => f.Code == "deviation-reason-missing");
        Assert.Equal(2, finding.Where?.Line);
    }
}
