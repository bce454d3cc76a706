using System.Globalization;
using Jixiao.Evaluation.Actuals;
using Jixiao.Targets;
using static Jixiao.Evaluation.Numbers;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// Explains an indicator's score: the rule, the numbers, the rounding, and where its points came from,
/// e.g. <c>正向：实际 96% ≥ 目标 95% → 满分 50</c>.
/// </summary>
internal static class IndicatorExplanation
{
    public static string Render(IndicatorEvaluation e, CultureInfo culture)
    {
        var main = e.Rule switch
        {
            ScoringRule.Positive or ScoringRule.Negative or ScoringRule.Equal or ScoringRule.Range => Formula(e, culture),
            ScoringRule.EqualZero => EvaluationText.Format(culture, e.Outcome == Outcome.Full ? "Explain.EqualZero.Full" : "Explain.EqualZero.Zero", ActualShown(e), Show(e.Points)),
            ScoringRule.Ladder => Ladder(e, culture),
            ScoringRule.Qualitative => Qualitative(e, culture),
            ScoringRule.Missing => EvaluationText.Format(culture, "Explain.Missing", Show(e.Points)),
            ScoringRule.NotApplicable => EvaluationText.Format(culture, "Explain.NotApplicable", e.ActualText, Show(e.Points)),
            ScoringRule.Unscorable => EvaluationText.Format(culture, "Explain.Unscorable", e.Indicator.Target.Text, e.ActualText),
            ScoringRule.UnknownCategory => EvaluationText.Format(culture, "Explain.UnknownCategory", e.Indicator.Level1),
        };
        return main + PointsNote(e, culture) + GroupNote(e, culture);
    }

    private static string Formula(IndicatorEvaluation e, CultureInfo culture)
    {
        var b = e.Actual!.Value!.Value.Number;
        var upward = e.Rule != ScoringRule.Negative && !(e.Rule == ScoringRule.Range && b > e.TargetHigh);
        var a = e.Rule == ScoringRule.Range && !upward ? e.TargetHigh : e.TargetValue;
        if (e.Rule == ScoringRule.Range && e.Outcome == Outcome.Full)
        {
            return EvaluationText.Format(culture, "Explain.Range.Full", ActualShown(e), e.Indicator.Target.Text, Show(e.Points));
        }
        var m = e.ZeroMultiple;
        var key = (upward, e.Outcome) switch
        {
            (true, Outcome.Full) => "Explain.Upper.Full",
            (true, Outcome.Proportional) => "Explain.Upper.Proportional",
            (true, _) => "Explain.Upper.Zero",
            (false, Outcome.Full) => "Explain.Lower.Full",
            (false, Outcome.Proportional) => m == 2 ? "Explain.Lower.Proportional2" : "Explain.Lower.Proportional",
            (false, _) => a > 0 ? "Explain.Lower.Zero" : "Explain.Lower.ZeroNonPositive",
        };
        return EvaluationText.Format(culture, key, EvaluationText.Format(culture, "Rule." + e.Rule), ActualShown(e), Show(a) + Unit(e), Show(e.Points), Show(e.Score),
            e.Decimals, Show(b), Show(a), Show(m), Show(m * a) + Unit(e));
    }

    private static string Ladder(IndicatorEvaluation e, CultureInfo culture)
    {
        var grade = culture.TwoLetterISOLanguageName == "en" ? e.Grade!.Value.EnglishName() : e.Grade!.Value.ChineseName();
        var key = e.LadderNote switch
        {
            LadderGradingNote.InGap => "Explain.Ladder.Gap",
            LadderGradingNote.BelowLadder => "Explain.Ladder.Below",
            _ => "Explain.Ladder.Band",
        };
        var text = EvaluationText.Format(culture, key, ActualShown(e), e.Step?.Text ?? e.Indicator.Target.Text, grade, Show(e.Share * 100), Show(e.Points), Show(e.Score), e.Decimals);
        if (e.OverlappingStep is { } other && e.Step is { } step)
        {
            text += EvaluationText.Format(culture, "Explain.Ladder.Overlap", step.Text, other.Text, grade);
        }
        return text;
    }

    private static string Qualitative(IndicatorEvaluation e, CultureInfo culture)
    {
        var tier = culture.TwoLetterISOLanguageName == "en" ? e.Tier!.Value.EnglishName() : e.Tier!.Value.ChineseName();
        var range = e.TierRange!;
        var min = Show(Round(range.Min * e.Points, e.Decimals));
        var max = Show(Round(range.Max * e.Points, e.Decimals));
        if (e.RejectedScore is { } rejected)
        {
            return EvaluationText.Format(culture, "Explain.Qualitative.Rejected", tier, Show(rejected), min, max, Show(range.Default * 100), Show(e.Points), Show(e.Score));
        }
        return e.EnteredScore is null
            ? EvaluationText.Format(culture, "Explain.Qualitative.Default", tier, Show(range.Default * 100), Show(e.Points), Show(e.Score), min, max)
            : EvaluationText.Format(culture, "Explain.Qualitative.Entered", tier, Show(e.Score), min, max);
    }

    private static string PointsNote(IndicatorEvaluation e, CultureInfo culture) => e switch
    {
        { Category: null } or { Rule: ScoringRule.UnknownCategory } => "",
        { PointsSource: PointsSource.EvenSplit, Category: { } c } => EvaluationText.Format(culture, "Explain.Points.Split", Show(e.Points), c.Label, Show(c.Weight), c.Count),
        _ => EvaluationText.Format(culture, "Explain.Points.Table", Show(e.Points)),
    };

    /// <summary>
    /// For a category that may share another's points (成本指标): whether this policy counts it in that group
    /// (the 2020 rule, 成本 in 产出's points) or on its own.
    /// </summary>
    private static string GroupNote(IndicatorEvaluation e, CultureInfo culture) => e switch
    {
        { Rule: ScoringRule.UnknownCategory } or { Category: null } or { Kind: null } => "",
        { Kind: { } kind, Category: { } group } when group.Key != kind.Key => EvaluationText.Format(culture, "Explain.Group.Shared", kind.Name, group.Label),
        { Kind.ScoresWith: not null } => EvaluationText.Format(culture, "Explain.Group.Own", e.Kind!.Name),
        _ => "",
    };

    /// <summary>The actual with its unit, or the target's unit when the user wrote a bare number.</summary>
    private static string ActualShown(IndicatorEvaluation e) =>
        e.Actual?.Value is { Kind: ActualKind.Number } value ? Show(value.Number) + (value.Unit ?? Unit(e)) : e.ActualText;

    private static string Unit(IndicatorEvaluation e) => ActualCheck.TargetUnit(e.Indicator.Target) ?? "";
}
