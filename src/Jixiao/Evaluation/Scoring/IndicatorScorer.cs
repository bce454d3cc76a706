using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// Scores one indicator by the formulas of rules.md §5 (正向, 反向, 等于, 区间), or hands ladders and
/// qualitative targets to <see cref="GradedScorer"/>. Scores are capped at the points, never below 0,
/// and rounded half up to the policy's decimals.
/// </summary>
public static class IndicatorScorer
{
    public static IndicatorEvaluation Score(Indicator indicator, ActualEntry? actual, decimal points, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(policy);
        var basis = new IndicatorEvaluation
        {
            Indicator = indicator, Actual = actual, Points = points, Decimals = policy.Decimals,
            ZeroMultiple = policy.NegativeZeroMultiple, Rule = ScoringRule.Missing, Met = false,
        };
        if (actual?.Value is not { } value)
        {
            return basis;
        }
        if (value.Kind == ActualKind.NotApplicable)
        {
            return Copy(basis, ScoringRule.NotApplicable, Outcome.None, 0, met: null, applicable: false);
        }
        if (value.Kind == ActualKind.Tier || indicator.Direction == Direction.Qualitative)
        {
            return GradedScorer.Qualitative(basis, value, policy);
        }
        var b = value.Number;
        return indicator.Target switch
        {
            LadderTarget ladder => GradedScorer.Ladder(basis, ladder.Ladder, b, policy),
            QuantitativeTarget quantity => Quantitative(basis, quantity, b, points, policy),
            RangeTarget range => RangeScore(basis, range, b, points, policy),
            _ => Copy(basis, ScoringRule.Unscorable, Outcome.None, 0, met: null),
        };
    }

    private static IndicatorEvaluation Quantitative(IndicatorEvaluation basis, QuantitativeTarget target, decimal b, decimal w, ScoringPolicy policy)
    {
        var a = target.Value;
        var direction = basis.Indicator.Direction ?? target.Comparator.ImpliedDirection();
        return direction switch
        {
            Direction.Positive => Positive(basis with { TargetValue = a }, ScoringRule.Positive, a, b, w, policy),
            Direction.Negative => Negative(basis with { TargetValue = a }, a, b, w, policy),
            _ when a == 0 => b <= 0
                ? Copy(basis, ScoringRule.EqualZero, Outcome.Full, w, met: true)
                : Copy(basis, ScoringRule.EqualZero, Outcome.Zero, 0, met: false),
            _ => Positive(basis with { TargetValue = a }, ScoringRule.Equal, a, b, w, policy),
        };
    }

    /// <summary>正向: B ≥ A → W; otherwise B / A × W (0 when A is not positive).</summary>
    internal static IndicatorEvaluation Positive(IndicatorEvaluation basis, ScoringRule rule, decimal a, decimal b, decimal w, ScoringPolicy policy)
    {
        if (b >= a)
        {
            return Copy(basis, rule, Outcome.Full, w, met: true) with { TargetValue = a };
        }
        if (a <= 0 || b <= 0)
        {
            return Copy(basis, rule, Outcome.Zero, 0, met: false) with { TargetValue = a };
        }
        var share = b / a;
        return Copy(basis, rule, Outcome.Proportional, policy.Round(share * w), met: false) with { TargetValue = a, Share = share };
    }

    /// <summary>反向: B ≤ A → W; A &lt; B &lt; mA → (1 − (B − A) / ((m − 1)A)) × W; B ≥ mA → 0 (m = 2 by default).</summary>
    internal static IndicatorEvaluation Negative(IndicatorEvaluation basis, decimal a, decimal b, decimal w, ScoringPolicy policy)
    {
        var m = policy.NegativeZeroMultiple;
        if (b <= a)
        {
            return Copy(basis, ScoringRule.Negative, Outcome.Full, w, met: true) with { TargetValue = a };
        }
        if (a <= 0 || b >= m * a)
        {
            return Copy(basis, ScoringRule.Negative, Outcome.Zero, 0, met: false) with { TargetValue = a };
        }
        var share = 1 - (b - a) / ((m - 1) * a);
        return Copy(basis, ScoringRule.Negative, Outcome.Proportional, policy.Round(share * w), met: false) with { TargetValue = a, Share = share };
    }

    private static IndicatorEvaluation RangeScore(IndicatorEvaluation basis, RangeTarget range, decimal b, decimal w, ScoringPolicy policy)
    {
        var ranged = basis with { TargetValue = range.Low, TargetHigh = range.High };
        if (b >= range.Low && b <= range.High)
        {
            return Copy(ranged, ScoringRule.Range, Outcome.Full, w, met: true);
        }
        var side = b < range.Low
            ? Positive(ranged, ScoringRule.Range, range.Low, b, w, policy)
            : Negative(ranged, range.High, b, w, policy);
        return side with { Rule = ScoringRule.Range, TargetValue = range.Low, TargetHigh = range.High };
    }

    internal static IndicatorEvaluation Copy(IndicatorEvaluation basis, ScoringRule rule, Outcome outcome, decimal score, bool? met, bool applicable = true) =>
        basis with { Rule = rule, Outcome = outcome, Score = score, Met = met, Applicable = applicable };
}
