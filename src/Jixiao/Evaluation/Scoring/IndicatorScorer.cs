using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;
using Jixiao.Goals.Categories;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// Scores one indicator by the formulas of rules.md §5 (正向, 反向, 等于, 区间), or hands ladders and
/// qualitative targets to <see cref="GradedScorer"/>. Scores are capped at the points, never below 0,
/// and rounded half up to the policy's decimals.
/// </summary>
public static class IndicatorScorer
{
    /// <summary>Scores an indicator worth <paramref name="points"/>, whatever its category.</summary>
    public static IndicatorEvaluation Score(Indicator indicator, ActualEntry? actual, decimal points, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(policy);
        return new IndicatorEvaluation(indicator, actual, null, points, PointsSource.Table, policy, Decide(indicator, actual, points, policy),
            policy.Taxonomy.Classify(indicator.Level1, indicator.Level2).Category);
    }

    /// <summary>Scores an indicator of a fund; one whose 一级指标 is in no category is left out of the total.</summary>
    internal static IndicatorEvaluation Score(Indicator indicator, ActualEntry? actual, decimal points, ScoringPolicy policy,
        CategoryAllocation? category, PointsSource source, Category? kind)
    {
        var scored = category is null
            ? Scored.Of(ScoringRule.UnknownCategory, Outcome.None, 0, met: null, applicable: false)
            : Decide(indicator, actual, points, policy);
        return new IndicatorEvaluation(indicator, actual, category, points, source, policy, scored, kind);
    }

    private static Scored Decide(Indicator indicator, ActualEntry? actual, decimal w, ScoringPolicy policy)
    {
        if (actual?.Value is not { } value)
        {
            return Scored.Of(ScoringRule.Missing, Outcome.None, 0, met: false);
        }
        if (value.Kind == ActualKind.NotApplicable)
        {
            return Scored.Of(ScoringRule.NotApplicable, Outcome.None, 0, met: null, applicable: false);
        }
        if (value.Kind == ActualKind.Tier || indicator.Direction == Direction.Qualitative)
        {
            return GradedScorer.Qualitative(value, actual.EnteredScore, w, policy);
        }
        var b = value.Number;
        return indicator.Target switch
        {
            LadderTarget ladder => GradedScorer.Ladder(ladder.Ladder, b, w, policy),
            QuantitativeTarget quantity => Quantitative(indicator, quantity, b, w, policy),
            RangeTarget range => RangeScore(range, b, w, policy),
            _ => Scored.Of(ScoringRule.Unscorable, Outcome.None, 0, met: null),
        };
    }

    private static Scored Quantitative(Indicator indicator, QuantitativeTarget target, decimal b, decimal w, ScoringPolicy policy)
    {
        var a = target.Value;
        var direction = indicator.Direction ?? target.Comparator.ImpliedDirection();
        return direction switch
        {
            Direction.Positive => Positive(ScoringRule.Positive, a, b, w, policy),
            Direction.Negative => Negative(a, b, w, policy),
            _ when a == 0 => b <= 0
                ? Scored.Of(ScoringRule.EqualZero, Outcome.Full, w, met: true)
                : Scored.Of(ScoringRule.EqualZero, Outcome.Zero, 0, met: false),
            _ => Positive(ScoringRule.Equal, a, b, w, policy),
        };
    }

    /// <summary>正向: B ≥ A → W; otherwise B / A × W (0 when A or B is not positive).</summary>
    private static Scored Positive(ScoringRule rule, decimal a, decimal b, decimal w, ScoringPolicy policy)
    {
        if (b >= a)
        {
            return Scored.Of(rule, Outcome.Full, w, met: true) with { TargetValue = a };
        }
        if (a <= 0 || b <= 0)
        {
            return Scored.Of(rule, Outcome.Zero, 0, met: false) with { TargetValue = a };
        }
        // B × W ÷ A rather than (B ÷ A) × W: one division, and no 28-digit quotient to multiply.
        return Scored.Of(rule, Outcome.Proportional, policy.Round(b * w / a), met: false) with { TargetValue = a };
    }

    /// <summary>反向: B ≤ A → W; A &lt; B &lt; mA → (1 − (B − A) / ((m − 1)A)) × W; B ≥ mA → 0 (m = 2 by default).</summary>
    private static Scored Negative(decimal a, decimal b, decimal w, ScoringPolicy policy)
    {
        var m = policy.NegativeZeroMultiple;
        if (b <= a)
        {
            return Scored.Of(ScoringRule.Negative, Outcome.Full, w, met: true) with { TargetValue = a };
        }
        if (a <= 0 || b >= m * a)
        {
            return Scored.Of(ScoringRule.Negative, Outcome.Zero, 0, met: false) with { TargetValue = a };
        }
        // (1 − (B − A) ÷ ((m − 1)A)) × W, written as (mA − B) × W ÷ ((m − 1)A): the same number, one division.
        return Scored.Of(ScoringRule.Negative, Outcome.Proportional, policy.Round((m * a - b) * w / ((m - 1) * a)), met: false) with { TargetValue = a };
    }

    private static Scored RangeScore(RangeTarget range, decimal b, decimal w, ScoringPolicy policy)
    {
        if (b >= range.Low && b <= range.High)
        {
            return Scored.Of(ScoringRule.Range, Outcome.Full, w, met: true) with { TargetValue = range.Low };
        }
        var side = b < range.Low ? Positive(ScoringRule.Range, range.Low, b, w, policy) : Negative(range.High, b, w, policy);
        return side with { Rule = ScoringRule.Range, TargetValue = range.Low };
    }
}
