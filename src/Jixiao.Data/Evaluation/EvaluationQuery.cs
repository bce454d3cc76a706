using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Diagnostics;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Evaluation;

/// <summary>
/// 绩效自评: scores a department's year with the actuals stored on its indicators and funds, through the
/// library's evaluation (the same binding and rules as <c>jixiao evaluate</c>): stored texts become actual rows.
/// </summary>
public sealed class EvaluationQuery(JixiaoDb db)
{
    public async Task<EvaluatedGoalSet?> EvaluateAsync(Scope scope, CancellationToken cancellationToken)
    {
        var name = await db.Departments.Where(d => d.Id == scope.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        var stored = name is null ? null : await db.GoalSetsIn(scope)
            .Include(g => g.Funds).ThenInclude(f => f.Indicators)
            .AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }
        var goals = stored.ToGoalSet(name!);
        var (actuals, diagnostics) = ActualsBinder.Bind(goals, Rows(stored));
        var evaluation = Evaluator.Evaluate(goals, actuals, ScoringPolicy.Default);
        var funds = stored.Funds.OrderBy(f => f.Position).ToList();
        return new EvaluatedGoalSet(evaluation, funds, diagnostics);
    }

    /// <summary>The stored actuals as the rows an actuals file would give (line numbers are row numbers here).</summary>
    private static IEnumerable<ActualRow> Rows(StoredGoalSet stored)
    {
        var line = 0;
        foreach (var fund in stored.Funds.OrderBy(f => f.Position))
        {
            if (fund.BudgetAnnual is { } annual)
            {
                yield return new ActualRow(fund.Name, "全年预算数", annual, "", "", SourceRef.AtLine(++line));
            }
            if (fund.BudgetExecuted is { } executed)
            {
                yield return new ActualRow(fund.Name, "全年执行数", executed, "", "", SourceRef.AtLine(++line));
            }
            foreach (var indicator in fund.Indicators.OrderBy(i => i.Position).Where(i => i.Actual is not null))
            {
                yield return new ActualRow(fund.Name, indicator.Name, indicator.Actual!, indicator.DeviationReason ?? "", "", SourceRef.AtLine(++line));
            }
        }
    }
}

/// <summary>The evaluation with the stored funds it was made from (for ids and the entered texts) and the binding's problems.</summary>
public sealed record EvaluatedGoalSet(DepartmentEvaluation Evaluation, IReadOnlyList<StoredFund> Funds, IReadOnlyList<Diagnostic> Problems);
