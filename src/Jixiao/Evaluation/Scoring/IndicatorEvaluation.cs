using System.Globalization;
using Jixiao.Evaluation.Actuals;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// 指标得分 — one indicator scored: its points (分值 W), score (得分), whether the target was met, the
/// grade for ladders, and every number the rule used. The explanation is rendered from these on demand
/// (<see cref="Explain"/>), so that scoring a province allocates no text.
/// </summary>
public sealed record IndicatorEvaluation
{
    public required Indicator Indicator { get; init; }

    /// <summary>The policy category (产出指标 …), null when the 一级指标 fits none.</summary>
    public CategoryAllocation? Category { get; init; }

    /// <summary>分值: the points this indicator carries.</summary>
    public decimal Points { get; init; }

    public PointsSource PointsSource { get; init; }

    /// <summary>得分 by the rules, rounded.</summary>
    public decimal Score { get; init; }

    /// <summary>Whether it counts in the total (not 不适用, category known).</summary>
    public bool Applicable { get; init; } = true;

    public ScoringRule Rule { get; init; }

    public Outcome Outcome { get; init; } = Outcome.None;

    /// <summary>Whether the target was met (full points); null when there was nothing to judge.</summary>
    public bool? Met { get; init; }

    /// <summary>The actual as reported, if any.</summary>
    public ActualEntry? Actual { get; init; }

    /// <summary>The target number A (the low end for a range).</summary>
    public decimal TargetValue { get; init; }

    /// <summary>The high end of a range target.</summary>
    public decimal TargetHigh { get; init; }

    /// <summary>The share of the points earned (before rounding), for graded and proportional scores.</summary>
    public decimal Share { get; init; }

    /// <summary>For ladders: the grade, why, and the step that gave it.</summary>
    public Grade? Grade { get; init; }

    public LadderGradingNote? LadderNote { get; init; }

    public LadderStep? Step { get; init; }

    /// <summary>The grade came from one of two overlapping steps; the better one was taken.</summary>
    public LadderStep? OverlappingStep { get; init; }

    /// <summary>For 定性: the tier, and a person's score that fell outside it and was not used.</summary>
    public QualitativeTier? Tier { get; init; }

    public decimal? RejectedScore { get; init; }

    /// <summary>For 定性: the tier's allowed shares.</summary>
    public Policy.TierPolicy? TierRange { get; init; }

    /// <summary>The 反向 cut-off multiple used (2 by default).</summary>
    public decimal ZeroMultiple { get; init; }

    /// <summary>Decimal places of the rounding.</summary>
    public int Decimals { get; init; }

    /// <summary>The score a person entered, never overwritten.</summary>
    public decimal? EnteredScore => Actual?.EnteredScore;

    /// <summary>The actual as written, or empty.</summary>
    public string ActualText => Actual?.Value?.Text ?? "";

    /// <summary>The rule, the numbers and the rounding, in the reader's language.</summary>
    public string Explain(CultureInfo culture) => IndicatorExplanation.Render(this, culture);
}

/// <summary>How a category's points were given to its indicators.</summary>
public sealed record CategoryAllocation(string Key, string Label, decimal Weight, int Count, bool WeightFromTable);
