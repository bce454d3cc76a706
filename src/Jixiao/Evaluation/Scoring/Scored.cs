using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// What a rule decided for one indicator, before it is put together with the indicator and its points
/// into one <see cref="IndicatorEvaluation"/>. A value type so that trying a rule allocates nothing.
/// </summary>
internal readonly record struct Scored
{
    public ScoringRule Rule { get; init; }

    public Outcome Outcome { get; init; }

    public decimal Score { get; init; }

    public bool? Met { get; init; }

    public bool Applicable { get; init; }

    public decimal TargetValue { get; init; }

    public Grade? Grade { get; init; }

    public LadderGradingNote? LadderNote { get; init; }

    public Actuals.QualitativeTier? Tier { get; init; }

    public static Scored Of(ScoringRule rule, Outcome outcome, decimal score, bool? met, bool applicable = true) =>
        new() { Rule = rule, Outcome = outcome, Score = score, Met = met, Applicable = applicable };
}
