using System.Globalization;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// 预算执行率 — the money part of a fund's score: rate = 全年执行数 / 全年预算数, score = min(rate, 100%) × W.
/// Not applicable (dropped, the rest rescaled) when no money was given.
/// </summary>
public sealed record BudgetEvaluation
{
    public required BudgetFigures? Figures { get; init; }

    /// <summary>分值 W (10 by default).</summary>
    public decimal Points { get; init; }

    /// <summary>执行率 as a fraction, exact; null when it could not be computed.</summary>
    public decimal? Rate { get; init; }

    /// <summary>The rate was stated in the actuals, not computed from the amounts.</summary>
    public bool RateStated { get; init; }

    /// <summary>得分, rounded.</summary>
    public decimal Score { get; init; }

    public bool Applicable => Rate is not null;

    public int Decimals { get; init; }

    public decimal? EnteredScore => Figures?.EnteredScore;

    public string Explain(CultureInfo culture) => BudgetExplanation.Render(this, culture);

    public static BudgetEvaluation Of(BudgetFigures? figures, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var w = policy.BudgetWeight;
        var computed = figures is { Annual: > 0, Executed: { } executed } ? executed / figures.Annual.Value : (decimal?)null;
        var rate = computed ?? figures?.StatedRate;
        return new BudgetEvaluation
        {
            Figures = figures,
            Points = w,
            Rate = rate,
            RateStated = computed is null && rate is not null,
            Score = rate is { } r ? policy.Round(Math.Min(r, 1m) * w) : 0,
            Decimals = policy.Decimals,
        };
    }
}
