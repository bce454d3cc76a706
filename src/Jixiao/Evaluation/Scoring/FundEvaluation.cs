using System.Globalization;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// 项目支出绩效自评 — one fund scored: the budget part, each indicator, and the total with its grade.
/// When parts are not applicable the rest is rescaled to 100: total = Σ得分 / Σ适用分值 × 100.
/// </summary>
public sealed record FundEvaluation
{
    public required Fund Fund { get; init; }

    public required BudgetEvaluation Budget { get; init; }

    public required IReadOnlyList<IndicatorEvaluation> Indicators { get; init; }

    /// <summary>Categories of the policy that have no indicator in this fund (dropped).</summary>
    public required IReadOnlyList<CategoryAllocation> EmptyCategories { get; init; }

    /// <summary>Σ得分 of the applicable parts, before rescaling.</summary>
    public decimal RawScore { get; init; }

    /// <summary>Σ分值 of the applicable parts.</summary>
    public decimal ApplicablePoints { get; init; }

    /// <summary>Σ分值 of all parts, applicable or not (100 when the weights add up).</summary>
    public decimal DeclaredPoints { get; init; }

    /// <summary>总分 out of 100, rounded; null when nothing applicable was left to score.</summary>
    public decimal? Total { get; init; }

    public Grade? Grade { get; init; }

    /// <summary>The total of the scores people entered, rescaled alike, when every applicable part has one.</summary>
    public decimal? EnteredTotal { get; init; }

    public int Decimals { get; init; }

    /// <summary>The grade bands used (优, 良, 中 minimums).</summary>
    public required IReadOnlyList<decimal> GradeBands { get; init; }

    public bool Rescaled => ApplicablePoints != 100m;

    public string Explain(CultureInfo culture) => TotalExplanation.Render(this, culture);
}
