using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Targets;

namespace Jixiao.Tests.Evaluation;

/// <summary>The seed's ladders graded (issue 4, worked examples): the best grade whose condition holds.</summary>
public sealed class SeedLadderScoringTests
{
    private static readonly Jixiao.Goals.GoalSet Seed = Samples.Seed();

    [Theory]
    [InlineData("96", Grade.Excellent, 50)]
    [InlineData("95", Grade.Excellent, 50)]
    [InlineData("72", Grade.Good, 40)]
    [InlineData("50", Grade.Fair, 30)]
    [InlineData("49.9", Grade.Poor, 0)]
    [InlineData("96%", Grade.Excellent, 50)]
    public void Casework_flow_rate_is_graded_on_its_ladder(string actual, Grade grade, decimal score)
    {
        var evaluation = IndicatorScorer.Score(Seed.Funds[0].Indicators[0], Build.Actual(actual), 50, ScoringPolicy.Default);
        Assert.Equal(ScoringRule.Ladder, evaluation.Rule);
        Assert.Equal(grade, evaluation.Grade);
        Assert.Equal(score, evaluation.Score);
        Assert.Equal(LadderGradingNote.InBand, evaluation.LadderNote);
        Assert.Equal(grade == Grade.Excellent, evaluation.Met);
    }

    [Fact]
    public void The_explanation_names_the_step_the_grade_and_the_share()
    {
        var evaluation = IndicatorScorer.Score(Seed.Funds[0].Indicators[0], Build.Actual("72"), 50, ScoringPolicy.Default);
        Assert.StartsWith("评分档次：实际 72 符合“≥70良” → 良，得分 80% × 50 = 40", evaluation.Explain(Cultures.Chinese), StringComparison.Ordinal);
        Assert.StartsWith("grade ladder: actual 72 meets '≥70良' → good, score 80% × 50 = 40", evaluation.Explain(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Adoption_rate_65_takes_the_better_of_the_overlapping_steps_and_notes_the_overlap()
    {
        var fund = Seed.Funds[0];
        var actuals = Build.Actuals(null, null, Build.Actual("65", reason: "个别建议未采纳"), null);
        var findings = new List<Diagnostic>();
        var evaluation = FundEvaluator.Evaluate(fund, actuals, ScoringPolicy.Default, findings).Indicators[1];

        Assert.Equal(Grade.Good, evaluation.Grade);
        Assert.Equal("≥60良", evaluation.Step?.Text);
        Assert.Equal("≥60中", evaluation.OverlappingStep?.Text);
        Assert.Equal(24m, evaluation.Score);
        Assert.Contains("“≥60良”与“≥60中”重叠，取较好的档次良", evaluation.Explain(Cultures.Chinese), StringComparison.Ordinal);
        var overlap = Assert.Single(findings, f => f.Code == "ladder-overlap");
        Assert.Equal("采纳率", overlap.Indicator);
    }

    [Fact]
    public void A_value_above_the_overlap_is_not_flagged()
    {
        var evaluation = IndicatorScorer.Score(Seed.Funds[0].Indicators[1], Build.Actual("75"), 30, ScoringPolicy.Default);
        Assert.Equal(Grade.Excellent, evaluation.Grade);
        Assert.Null(evaluation.OverlappingStep);
    }

    [Fact]
    public void An_actual_in_a_ladder_gap_is_graded_poor_with_a_finding()
    {
        var fund = Seed.Funds[1];
        var findings = new List<Diagnostic>();
        var evaluation = FundEvaluator.Evaluate(fund, Build.Actuals(null, Build.Actual("65", reason: "r"), null, null), ScoringPolicy.Default, findings);
        Assert.Equal(Grade.Poor, evaluation.Indicators[0].Grade);
        Assert.Equal(LadderGradingNote.InGap, evaluation.Indicators[0].LadderNote);
        Assert.Contains(findings, f => f.Code == "actual-in-ladder-gap" && f.Where?.Line == 2);
    }

    [Fact]
    public void An_actual_below_an_incomplete_ladder_is_graded_poor_with_a_finding()
    {
        var fund = Seed.Funds[0];
        var findings = new List<Diagnostic>();
        FundEvaluator.Evaluate(fund, Build.Actuals(null, null, null, Build.Actual("60", reason: "r")), ScoringPolicy.Default, findings);
        Assert.Contains(findings, f => f.Code == "actual-below-ladder" && f.Indicator == "涉检信访案件办结率");
    }
}
