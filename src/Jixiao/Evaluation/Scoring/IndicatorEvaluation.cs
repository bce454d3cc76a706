using System.Globalization;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;
using Jixiao.Goals.Categories;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// 指标得分 — one indicator scored: its points (分值 W), score (得分), whether the target was met, the
/// grade for ladders, and every number the rule used. The explanation is rendered from these on demand
/// (<see cref="Explain"/>), so that scoring a province allocates no text.
/// </summary>
public sealed class IndicatorEvaluation
{
    private readonly Scored _scored;

    internal IndicatorEvaluation(Indicator indicator, ActualEntry? actual, CategoryAllocation? category, decimal points,
        PointsSource source, ScoringPolicy policy, in Scored scored, Category? kind)
    {
        Kind = kind;
        Indicator = indicator;
        Actual = actual;
        Category = category;
        Points = points;
        PointsSource = source;
        Policy = policy;
        _scored = scored;
    }

    public Indicator Indicator { get; }

    /// <summary>The actual as reported, if any.</summary>
    public ActualEntry? Actual { get; }

    /// <summary>The policy's weight group (产出指标 …) and how it shared its points; null when the 一级指标 fits none.</summary>
    public CategoryAllocation? Category { get; }

    /// <summary>
    /// The taxonomy's category of the indicator (成本指标 also where the table puts it under 产出); it differs from
    /// <see cref="Category"/>'s key when the policy scores it with another group (成本 in 产出's points).
    /// </summary>
    public Category? Kind { get; }

    /// <summary>分值: the points this indicator carries.</summary>
    public decimal Points { get; }

    public PointsSource PointsSource { get; }

    /// <summary>The policy it was scored under.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>The 反向 cut-off multiple used (2 by default).</summary>
    public decimal ZeroMultiple => Policy.NegativeZeroMultiple;

    /// <summary>Decimal places of the rounding.</summary>
    public int Decimals => Policy.Decimals;

    /// <summary>得分 by the rules, rounded.</summary>
    public decimal Score => _scored.Score;

    /// <summary>Whether it counts in the total (not 不适用, category known).</summary>
    public bool Applicable => _scored.Applicable;

    public ScoringRule Rule => _scored.Rule;

    public Outcome Outcome => _scored.Outcome;

    /// <summary>Whether the target was met (full points); null when there was nothing to judge.</summary>
    public bool? Met => _scored.Met;

    /// <summary>The target number A (the low end for a range).</summary>
    public decimal TargetValue => _scored.TargetValue;

    /// <summary>The high end of a range target.</summary>
    public decimal TargetHigh => Indicator.Target is RangeTarget range ? range.High : 0;

    /// <summary>
    /// The share of the points a grade or tier earns (before rounding); 0 for formulas, whose numbers the
    /// explanation shows. This and the members below are derived when asked for, not kept: scoring a
    /// province keeps one small object per indicator.
    /// </summary>
    public decimal Share => Rule switch
    {
        ScoringRule.Ladder => Policy.LadderShares[(int)Grade!.Value],
        ScoringRule.Qualitative => RejectedScore is null && EnteredScore is { } entered && Points > 0 ? entered / Points : TierRange!.Default,
        _ => 0,
    };

    /// <summary>For ladders: the grade, why, and the step that gave it.</summary>
    public Grade? Grade => _scored.Grade;

    public LadderGradingNote? LadderNote => _scored.LadderNote;

    public LadderStep? Step => StepIndex is { } index ? Ladder!.Steps[index] : null;

    /// <summary>The grade came from one of two overlapping steps; the better one was taken.</summary>
    public LadderStep? OverlappingStep => StepIndex is { } index ? GradedScorer.OverlapOf(Ladder!, index, ActualNumber) : null;

    /// <summary>For 定性: the tier, its allowed shares, and a person's score that fell outside it and was not used.</summary>
    public QualitativeTier? Tier => _scored.Tier;

    public TierPolicy? TierRange => Tier is { } tier ? Policy.Tiers[(int)tier] : null;

    public decimal? RejectedScore => TierRange is { } range && EnteredScore is { } entered && !GradedScorer.Accepts(range, entered, Points) ? entered : null;

    private GradeLadder? Ladder => (Indicator.Target as LadderTarget)?.Ladder;

    private decimal ActualNumber => Actual?.Value?.Number ?? 0;

    private int? StepIndex => Rule == ScoringRule.Ladder && LadderNote == LadderGradingNote.InBand
        ? GradedScorer.StepOf(Ladder!, Grade!.Value, ActualNumber)
        : null;

    /// <summary>The score a person entered, never overwritten.</summary>
    public decimal? EnteredScore => Actual?.EnteredScore;

    /// <summary>The actual as written, or empty.</summary>
    public string ActualText => Actual?.Value?.Text ?? "";

    /// <summary>The rule, the numbers and the rounding, in the reader's language.</summary>
    public string Explain(CultureInfo culture) => IndicatorExplanation.Render(this, culture);
}

/// <summary>How a category's points were given to its indicators.</summary>
public sealed record CategoryAllocation(string Key, string Label, decimal Weight, int Count, bool WeightFromTable);
