using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals;
using Jixiao.Targets;
using static Jixiao.Evaluation.Numbers;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// 部门自评汇总 — every fund of a department scored, an overall total and grade, and the findings.
/// The total is the mean of the funds' totals, or their mean weighted by 全年预算数 when the policy says so
/// and every fund has one.
/// </summary>
public sealed class DepartmentEvaluation
{
    public required GoalSet Goals { get; init; }

    public required IReadOnlyList<FundEvaluation> Funds { get; init; }

    public decimal? Total { get; init; }

    public Grade? Grade { get; init; }

    public bool BudgetWeighted { get; init; }

    public required IReadOnlyList<decimal> GradeBands { get; init; }

    /// <summary>The policy the funds were scored under.</summary>
    public required ScoringPolicy Policy { get; init; }

    private IReadOnlyList<Diagnostic>? _findings;

    /// <summary>
    /// Findings at evaluation, fund by fund. Derived from the scores when first asked for: every number a
    /// finding needs is kept, so scoring does not pay for messages nobody reads.
    /// </summary>
    public IReadOnlyList<Diagnostic> Findings => _findings ??= FindAll();

    private List<Diagnostic> FindAll()
    {
        var findings = new List<Diagnostic>();
        foreach (var fund in Funds)
        {
            EvaluationFindings.Add(fund, Policy.For(fund.Fund.Name), findings);
        }
        return findings;
    }

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    public string Explain(CultureInfo culture)
    {
        var scored = Funds.Where(f => f.Total is not null).ToList();
        if (Total is not { } total)
        {
            return EvaluationText.Format(culture, "Explain.Total.None");
        }
        return EvaluationText.Format(culture, BudgetWeighted ? "Explain.Department.Weighted" : "Explain.Department.Mean", scored.Count, Show(total))
            + TotalExplanation.Band(Grade!.Value, GradeBands, culture);
    }
}

/// <summary>Scores a department: each fund under its policy (region, or the fund's own override), then the summary.</summary>
public static class Evaluator
{
    public static DepartmentEvaluation Evaluate(GoalSet goals, ActualSet actuals, ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(policy);
        var funds = new FundEvaluation[goals.Funds.Length];
        for (var i = 0; i < funds.Length; i++)
        {
            var fund = goals.Funds[i];
            funds[i] = FundEvaluator.Evaluate(fund, i < actuals.Funds.Count ? actuals.Funds[i] : null, policy.For(fund.Name));
        }
        var scored = funds.Where(f => f.Total is not null).ToList();
        var weighted = policy.DepartmentTotal == DepartmentTotal.BudgetWeighted && scored.Count > 0
            && scored.All(f => f.Budget.Figures?.Annual is > 0);
        decimal? total = scored.Count == 0 ? null
            : weighted ? policy.Round(scored.Sum(f => f.Total!.Value * f.Budget.Figures!.Annual!.Value) / scored.Sum(f => f.Budget.Figures!.Annual!.Value))
            : policy.Round(scored.Average(f => f.Total!.Value));
        return new DepartmentEvaluation
        {
            Goals = goals, Funds = funds, Total = total, Grade = total is { } t ? policy.GradeOf(t) : null,
            BudgetWeighted = weighted, GradeBands = policy.GradeBands, Policy = policy,
        };
    }
}
