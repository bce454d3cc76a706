using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// The findings of a self-evaluation (rules.md §7): a missed target without 偏差原因, a target that looks
/// set too low, a person's score that differs from the rule's (reported, never overwritten), an actual in
/// a ladder's gap or below an incomplete ladder, and an overlap that decided a grade.
/// </summary>
internal static class EvaluationFindings
{
    public static void Add(FundEvaluation fund, ScoringPolicy policy, List<Diagnostic> findings)
    {
        var name = fund.Fund.Name;
        if (fund.DeclaredPoints != 100m)
        {
            findings.Add(Diagnostic.Warning("weights-not-100", null, "Eval.WeightsNot100", name, Numbers.Show(fund.DeclaredPoints)) with { Fund = name });
        }
        AddBudget(fund, policy, findings);
        foreach (var indicator in fund.Indicators)
        {
            AddIndicator(name, indicator, policy, findings);
        }
    }

    private static void AddBudget(FundEvaluation fund, ScoringPolicy policy, List<Diagnostic> findings)
    {
        var budget = fund.Budget;
        var name = fund.Fund.Name;
        var where = budget.Figures?.Source;
        if (!budget.Applicable)
        {
            findings.Add(Diagnostic.Info("budget-missing", where, "Eval.BudgetMissing", name, Numbers.Show(budget.Points)) with { Fund = name });
            return;
        }
        var figures = budget.Figures!;
        if (!budget.RateStated && figures.StatedRate is { } stated && Numbers.Round(stated, 4) != Numbers.Round(budget.Rate!.Value, 4))
        {
            findings.Add(Diagnostic.Warning("budget-rate-mismatch", where, "Eval.BudgetRateMismatch", name, Numbers.Percent(Numbers.Round(stated, 4)),
                Numbers.Percent(Numbers.Round(budget.Rate!.Value, 4))) with { Fund = name });
        }
        if (budget.Rate < policy.BudgetExplainBelow && !figures.HasReason)
        {
            findings.Add(Diagnostic.Warning("deviation-reason-missing", where, "Eval.BudgetReasonMissing", name,
                Numbers.Percent(Numbers.Round(budget.Rate!.Value, 4)), Numbers.Percent(policy.BudgetExplainBelow)) with { Fund = name });
        }
        if (budget.EnteredScore is { } entered && entered != budget.Score)
        {
            findings.Add(Diagnostic.Warning("score-mismatch", where, "Eval.BudgetScoreMismatch", name, Numbers.Show(entered), Numbers.Show(budget.Score))
                with { Fund = name, Indicator = BudgetRowsName });
        }
    }

    private const string BudgetRowsName = BudgetRows.Rate;

    private static void AddIndicator(string fund, IndicatorEvaluation e, ScoringPolicy policy, List<Diagnostic> findings)
    {
        var name = e.Indicator.Name;
        // Findings are placed on the actuals file; an indicator without a row is named in the message instead.
        var where = e.Actual?.Source;
        void Add(Diagnostic d) => findings.Add(d with { Fund = fund, Indicator = name });
        switch (e.Rule)
        {
            case ScoringRule.UnknownCategory:
                Add(Diagnostic.Error("category-unscorable", where, "Eval.CategoryUnknown", fund, name, e.Indicator.Level1));
                return;
            case ScoringRule.Missing:
                Add(Diagnostic.Warning("actual-missing", where, "Eval.ActualMissing", fund, name));
                return;
            case ScoringRule.Unscorable:
                Add(Diagnostic.Error("actual-unscorable", where, "Eval.Unscorable", fund, name, e.Indicator.Target.Text, e.ActualText));
                return;
            case ScoringRule.NotApplicable:
                return;
        }
        if (e.PointsSource == PointsSource.EvenSplit && e.Points == 0)
        {
            Add(Diagnostic.Warning("weights-exhausted", where, "Eval.WeightsExhausted", fund, name, e.Category?.Label));
        }
        if (e.Met == false && e.Actual is { HasReason: false })
        {
            Add(Diagnostic.Warning("deviation-reason-missing", where, "Eval.ReasonMissing", fund, name, e.ActualText, e.Indicator.Target.Text));
        }
        if (TooLow(e, policy))
        {
            Add(Diagnostic.Warning("target-too-low", where, "Eval.TargetTooLow", fund, name, e.ActualText, e.Indicator.Target.Text, Numbers.Percent(policy.TargetTooLowRatio)));
        }
        AddGraded(e, where, Add);
        if (e.Rule != ScoringRule.Qualitative && e.EnteredScore is { } entered && entered != e.Score)
        {
            Add(Diagnostic.Warning("score-mismatch", where, "Eval.ScoreMismatch", fund, name, Numbers.Show(entered), Numbers.Show(e.Score)));
        }
    }

    private static void AddGraded(IndicatorEvaluation e, SourceRef? where, Action<Diagnostic> add)
    {
        if (e.LadderNote == LadderGradingNote.InGap)
            add(Diagnostic.Warning("actual-in-ladder-gap", where, "Eval.LadderGap", e.Indicator.Name, e.ActualText, e.Indicator.Target.Text));
        if (e.LadderNote == LadderGradingNote.BelowLadder)
            add(Diagnostic.Warning("actual-below-ladder", where, "Eval.LadderBelow", e.Indicator.Name, e.ActualText, e.Indicator.Target.Text));
        if (e.OverlappingStep is { } other && e.Step is { } step)
            add(Diagnostic.Info("ladder-overlap", where, "Eval.LadderOverlap", e.Indicator.Name, e.ActualText, step.Text, other.Text, step.Grade.ChineseName()));
        if (e.RejectedScore is { } rejected && e.Tier is { } tier)
            add(Diagnostic.Error("qualitative-score-out-of-tier", where, "Eval.TierScoreRejected", e.Indicator.Name, Numbers.Show(rejected), tier.ChineseName(),
                Numbers.Show(e.Points * TierMin(e)), Numbers.Show(e.Points * TierMax(e))));
        else if (e.Rule == ScoringRule.Qualitative && e.EnteredScore is null)
            add(Diagnostic.Info("qualitative-score-missing", where, "Eval.TierScoreMissing", e.Indicator.Name, e.Tier?.ChineseName(), Numbers.Show(e.Score)));
    }

    private static decimal TierMin(IndicatorEvaluation e) => e.TierRange!.Min;

    private static decimal TierMax(IndicatorEvaluation e) => e.TierRange!.Max;

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
