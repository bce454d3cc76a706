using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using static Jixiao.Evaluation.Scoring.EvaluationFindings;

namespace Jixiao.Evaluation.Scoring;

/// <summary>Findings on a fund's money: none given, a stated rate that disagrees, a low rate without a reason, an entered score that differs.</summary>
internal static class BudgetFindings
{
    public static void Add(FundEvaluation fund, ScoringPolicy policy, List<Diagnostic> findings)
    {
        var budget = fund.Budget;
        var name = fund.Fund.Name;
        var where = budget.Figures?.Source;
        if (!budget.Applicable)
        {
            findings.Add(Make(Severity.Info, "budget-missing", where, "Eval.BudgetMissing", name, null, name, N(budget.Points)));
            return;
        }
        var figures = budget.Figures!;
        var rate = budget.Rate!.Value;
        if (!budget.RateStated && figures.StatedRate is { } stated && Numbers.Round(stated, 4) != Numbers.Round(rate, 4))
        {
            findings.Add(Make(Severity.Warning, "budget-rate-mismatch", where, "Eval.BudgetRateMismatch", name, null, name,
                EvaluationText.Rate(stated), EvaluationText.Rate(rate)));
        }
        if (rate < policy.BudgetExplainBelow && !figures.HasReason)
        {
            findings.Add(Make(Severity.Warning, "deviation-reason-missing", where, "Eval.BudgetReasonMissing", name, BudgetRows.Rate, name,
                EvaluationText.Rate(rate), Numbers.Percent(policy.BudgetExplainBelow)));
        }
        if (budget.EnteredScore is { } entered && entered != budget.Score)
        {
            findings.Add(Make(Severity.Warning, "score-mismatch", where, "Eval.BudgetScoreMismatch", name, BudgetRows.Rate, name, N(entered), N(budget.Score)));
        }
    }
}
