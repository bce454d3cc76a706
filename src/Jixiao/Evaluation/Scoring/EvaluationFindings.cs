using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// The findings of a self-evaluation (rules.md §7): a missed target without 偏差原因, a target that looks
/// set too low, a person's score that differs from the rule's (reported, never overwritten), an actual in
/// a ladder's gap or below an incomplete ladder, and an overlap that decided a grade. Findings are placed
/// on the actuals file's line; an indicator without a row is named in the message instead.
/// </summary>
internal static class EvaluationFindings
{
    public static void Add(FundEvaluation fund, ScoringPolicy policy, List<Diagnostic> findings)
    {
        var name = fund.Fund.Name;
        if (fund.DeclaredPoints != 100m)
        {
            findings.Add(Make(Severity.Warning, "weights-not-100", null, "Eval.WeightsNot100", name, null, name, N(fund.DeclaredPoints)));
        }
        BudgetFindings.Add(fund, policy, findings);
        foreach (var indicator in fund.Indicators)
        {
            AddIndicator(name, indicator, policy, findings);
        }
    }

    internal static Diagnostic Make(Severity severity, string code, SourceRef? where, string key, string fund, string? indicator, params object?[] arguments) =>
        new(code, severity, where, new LocalizedText(key, arguments)) { Fund = fund, Indicator = indicator };

    internal static object N(decimal value) => new ShownNumber(value);

    private static void AddIndicator(string fund, IndicatorEvaluation e, ScoringPolicy policy, List<Diagnostic> findings)
    {
        var name = e.Indicator.Name;
        var where = e.Actual?.Source;
        switch (e.Rule)
        {
            case ScoringRule.UnknownCategory:
                findings.Add(Make(Severity.Error, "category-unscorable", where, "Eval.CategoryUnknown", fund, name, fund, name, e.Indicator.Level1));
                return;
            case ScoringRule.Missing:
                findings.Add(Make(Severity.Warning, "actual-missing", where, "Eval.ActualMissing", fund, name, fund, name));
                return;
            case ScoringRule.Unscorable:
                findings.Add(Make(Severity.Error, "actual-unscorable", where, "Eval.Unscorable", fund, name, fund, name, e.Indicator.Target.Text, e.ActualText));
                return;
            case ScoringRule.NotApplicable:
                return;
        }
        if (e.PointsSource == PointsSource.EvenSplit && e.Points == 0)
        {
            findings.Add(Make(Severity.Warning, "weights-exhausted", where, "Eval.WeightsExhausted", fund, name, fund, name, e.Category?.Label));
        }
        if (e.Met == false && e.Actual is { HasReason: false })
        {
            findings.Add(Make(Severity.Warning, "deviation-reason-missing", where, "Eval.ReasonMissing", fund, name, fund, name, e.ActualText, e.Indicator.Target.Text));
        }
        if (TooLow(e, policy))
        {
            findings.Add(Make(Severity.Warning, "target-too-low", where, "Eval.TargetTooLow", fund, name, fund, name, e.ActualText, e.Indicator.Target.Text,
                Numbers.Percent(policy.TargetTooLowRatio)));
        }
        AddGraded(fund, e, where, findings);
        if (e.Rule != ScoringRule.Qualitative && e.EnteredScore is { } entered && entered != e.Score)
        {
            findings.Add(Make(Severity.Warning, "score-mismatch", where, "Eval.ScoreMismatch", fund, name, fund, name, N(entered), N(e.Score)));
        }
    }

    private static void AddGraded(string fund, IndicatorEvaluation e, SourceRef? where, List<Diagnostic> findings)
    {
        var name = e.Indicator.Name;
        if (e.LadderNote == LadderGradingNote.InGap)
        {
            findings.Add(Make(Severity.Warning, "actual-in-ladder-gap", where, "Eval.LadderGap", fund, name, name, e.ActualText, e.Indicator.Target.Text));
        }
        if (e.LadderNote == LadderGradingNote.BelowLadder)
        {
            findings.Add(Make(Severity.Warning, "actual-below-ladder", where, "Eval.LadderBelow", fund, name, name, e.ActualText, e.Indicator.Target.Text));
        }
        if (e.OverlappingStep is { } other && e.Step is { } step)
        {
            findings.Add(Make(Severity.Info, "ladder-overlap", where, "Eval.LadderOverlap", fund, name, name, e.ActualText, step.Text, other.Text, step.Grade.ChineseName()));
        }
        if (e.RejectedScore is { } rejected && e.Tier is { } tier)
        {
            findings.Add(Make(Severity.Error, "qualitative-score-out-of-tier", where, "Eval.TierScoreRejected", fund, name, name, N(rejected), tier.ChineseName(),
                N(e.Points * e.TierRange!.Min), N(e.Points * e.TierRange.Max)));
        }
        else if (e.Rule == ScoringRule.Qualitative && e.EnteredScore is null)
        {
            findings.Add(Make(Severity.Info, "qualitative-score-missing", where, "Eval.TierScoreMissing", fund, name, name, e.Tier?.ChineseName(), N(e.Score)));
        }
    }

    private static bool TooLow(IndicatorEvaluation e, ScoringPolicy policy)
    {
        if (e.Actual?.Value is not { Kind: ActualKind.Number } actual || e.TargetValue <= 0)
        {
            return false;
        }
        return e.Rule switch
        {
            ScoringRule.Positive or ScoringRule.Equal => actual.Number >= e.TargetValue * policy.TargetTooLowRatio,
            ScoringRule.Negative => actual.Number * policy.TargetTooLowRatio <= e.TargetValue,
            _ => false,
        };
    }
}
