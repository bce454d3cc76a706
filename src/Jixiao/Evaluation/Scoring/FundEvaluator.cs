using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;

namespace Jixiao.Evaluation.Scoring;

/// <summary>Scores one fund: points per indicator, each indicator, the budget, the total and its grade.</summary>
public static class FundEvaluator
{
    public static FundEvaluation Evaluate(Fund fund, FundActuals? actuals, ScoringPolicy policy, List<Diagnostic>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(policy);
        var allocations = PointsAllocator.Allocate(fund, policy, out var empty);
        var indicators = new IndicatorEvaluation[fund.Indicators.Length];
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = fund.Indicators[i];
            var allocation = allocations[i];
            var actual = actuals is not null && i < actuals.Indicators.Count ? actuals.Indicators[i] : null;
            indicators[i] = IndicatorScorer.Score(indicator, actual, allocation.Points, policy, allocation.Category, allocation.Source, allocation.Kind);
        }
        var budget = BudgetEvaluation.Of(actuals?.Budget, policy);
        var evaluation = Total(fund, budget, indicators, empty, policy);
        if (findings is not null)
        {
            EvaluationFindings.Add(evaluation, policy, findings);
        }
        return evaluation;
    }

    private static FundEvaluation Total(Fund fund, BudgetEvaluation budget, IndicatorEvaluation[] indicators,
        List<CategoryAllocation> empty, ScoringPolicy policy)
    {
        decimal raw = 0, applicable = 0, declared = budget.Points, entered = 0;
        var allEntered = true;
        if (budget.Applicable)
        {
            raw += budget.Score;
            applicable += budget.Points;
            entered += budget.EnteredScore ?? 0;
            allEntered &= budget.EnteredScore is not null;
        }
        foreach (var indicator in indicators)
        {
            declared += indicator.Points;
            if (!indicator.Applicable) continue;
            raw += indicator.Score;
            applicable += indicator.Points;
            if (allEntered && indicator.EnteredScore is { } score) entered += score;
            else allEntered = false;
        }
        // An empty category's points count as declared only when the policy's category weights are in use.
        if (indicators.Any(i => i.PointsSource == PointsSource.EvenSplit))
        {
            foreach (var category in empty) declared += category.Weight;
        }
        decimal? total = applicable > 0 ? Rescale(raw, applicable, policy) : null;
        return new FundEvaluation
        {
            Fund = fund, Budget = budget, Indicators = indicators, EmptyCategories = empty,
            RawScore = raw, ApplicablePoints = applicable, DeclaredPoints = declared,
            Total = total, Grade = total is { } t ? policy.GradeOf(t) : null,
            EnteredTotal = allEntered && applicable > 0 ? Rescale(entered, applicable, policy) : null,
            Decimals = policy.Decimals, GradeBands = policy.GradeBands,
        };
    }

    private static decimal Rescale(decimal raw, decimal applicable, ScoringPolicy policy) =>
        applicable == 100m ? policy.Round(raw) : policy.Round(raw / applicable * 100m);
}
