using Jixiao.Cycle;
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
/// 绩效自评: scores a department's year with the self-evaluation's measurements and budget figures, through the
/// library's evaluation (the same rules as <c>jixiao evaluate</c>). Stored values are placed on their indicator by id,
/// never by name, so indicators of the same name are each scored with their own value.
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
        var funds = stored.Funds.OrderBy(f => f.Position).ToList();
        var fundIds = funds.Select(f => f.Id).ToList();
        var yearEnd = new DateOnly(scope.Year, 12, 31);
        var measurements = await db.Measurements.AsNoTracking()
            .Where(m => m.Stage == MeasurementStage.SelfEvaluation && m.AsOf == yearEnd && db.Indicators.Any(i => i.Id == m.IndicatorId && fundIds.Contains(i.FundId)))
            .ToDictionaryAsync(m => m.IndicatorId, cancellationToken);
        var budgets = await db.FundBudgets.AsNoTracking()
            .Where(b => b.Stage == MeasurementStage.SelfEvaluation && b.AsOf == yearEnd && fundIds.Contains(b.FundId))
            .ToDictionaryAsync(b => b.FundId, cancellationToken);
        var goals = stored.ToGoalSet(scope.Year, name!);
        var (actuals, diagnostics) = ActualsBinder.Bind(goals, Rows(funds, measurements, budgets));
        var evaluation = Evaluator.Evaluate(goals, actuals, ScoringPolicy.Default);
        return new EvaluatedGoalSet(evaluation, [.. funds.Select(f => new EvaluatedFund(f,
            budgets.GetValueOrDefault(f.Id),
            f.Indicators.OrderBy(i => i.Position).Select(i => measurements.GetValueOrDefault(i.Id)).ToList()))], diagnostics);
    }

    /// <summary>The stored values as the rows an actuals file would give, each placed on its fund and indicator (line = row number).</summary>
    private static IEnumerable<ActualRow> Rows(List<StoredFund> funds, Dictionary<int, StoredMeasurement> measurements, Dictionary<int, StoredFundBudget> budgets)
    {
        var line = 0;
        for (var f = 0; f < funds.Count; f++)
        {
            var fund = funds[f];
            if (budgets.GetValueOrDefault(fund.Id) is { } budget)
            {
                // The reason and the entered score belong to the budget as a whole: carried on its first row.
                var first = true;
                foreach (var (item, text) in new[] { (BudgetRows.Initial, budget.Initial), (BudgetRows.Annual, budget.Annual), (BudgetRows.Executed, budget.Executed) })
                {
                    if (text is null)
                    {
                        continue;
                    }
                    yield return new ActualRow(fund.Name, item, text, first ? budget.Reason ?? "" : "", first ? Score(budget.EnteredScore) : "", SourceRef.AtLine(++line))
                    {
                        Place = new RowPlace(f, null),
                    };
                    first = false;
                }
            }
            var indicators = fund.Indicators.OrderBy(i => i.Position).ToList();
            for (var i = 0; i < indicators.Count; i++)
            {
                if (measurements.GetValueOrDefault(indicators[i].Id) is { Value: { } value } measurement)
                {
                    yield return new ActualRow(fund.Name, indicators[i].Name, value, measurement.DeviationReason ?? "", Score(measurement.EnteredScore), SourceRef.AtLine(++line))
                    {
                        Place = new RowPlace(f, i),
                    };
                }
            }
        }
    }

    private static string Score(int? hundredths) => hundredths is { } h ? EnteredScore.Show(h) : "";
}

/// <summary>The evaluation with the stored funds it was made from (for ids and the entered texts) and the binding's problems.</summary>
public sealed record EvaluatedGoalSet(DepartmentEvaluation Evaluation, IReadOnlyList<EvaluatedFund> Funds, IReadOnlyList<Diagnostic> Problems);

/// <summary>One stored fund with its self-evaluation's budget figures and, aligned with its indicators by position, their measurements.</summary>
public sealed record EvaluatedFund(StoredFund Fund, StoredFundBudget? Budget, IReadOnlyList<StoredMeasurement?> Measurements);
