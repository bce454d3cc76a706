using System.Globalization;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Scoring;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Formats.Office;

/// <summary>
/// Joins the documents feature to the evaluation feature: a 自评表 read from Word or Excel becomes actuals
/// rows for <see cref="ActualsBinder"/> (so <c>jixiao evaluate --actuals 自评表.xlsx</c> scores it), and a
/// computed <see cref="DepartmentEvaluation"/> becomes the <see cref="SelfEvaluationSheet"/> the 自评表
/// exports write (so <c>jixiao export --actuals actuals.csv</c> publishes Jixiao's scores).
/// </summary>
public static class SelfEvaluationBridge
{
    /// <summary>The rows an actuals file would have for this 自评表: one per indicator result, and the money rows in 元.</summary>
    public static List<ActualRow> ToActualRows(GoalSet goals, SelfEvaluationSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = new List<ActualRow>();
        foreach (var fund in sheet.Funds)
        {
            var declared = goals.Funds.FirstOrDefault(f => f.Name == fund.FundName);
            foreach (var result in fund.Indicators)
            {
                var name = declared is not null && result.IndicatorIndex < declared.Indicators.Length ? declared.Indicators[result.IndicatorIndex].Name : "";
                rows.Add(new ActualRow(fund.FundName, name, result.Actual, result.Deviation, Number(result.Score), result.Where ?? new SourceRef()));
            }
            if (fund.Budget is { } budget)
            {
                void Money(string item, decimal? amount, decimal? score)
                {
                    if (amount is not null)
                    {
                        rows.Add(new ActualRow(fund.FundName, item + "（元）", Number(amount), "", Number(score), new SourceRef()));
                    }
                }
                Money(BudgetRows.Initial, budget.Planned, null);
                Money(BudgetRows.Annual, budget.Adjusted, null);
                Money(BudgetRows.Executed, budget.Executed, budget.Score);
            }
        }
        return rows;
    }

    /// <summary>What the 自评表 exports write for a computed evaluation: Jixiao's scores, totals and grades.</summary>
    public static SelfEvaluationSheet FromEvaluation(DepartmentEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new SelfEvaluationSheet([.. evaluation.Funds.Select(fund => new FundSelfEvaluation(fund.Fund.Name,
            [.. fund.Indicators.Select((indicator, i) => new IndicatorResult(i, indicator.ActualText, indicator.Applicable ? indicator.Score : null, indicator.Actual?.Reason ?? "")
            {
                Points = indicator.Points,
            })])
        {
            Budget = fund.Budget.Figures is { } figures
                ? new BudgetExecution(figures.Initial, figures.Annual, figures.Executed, fund.Budget.Points, fund.Budget.Applicable ? fund.Budget.Score : null)
                : null,
            TotalScore = fund.Total,
            Grade = fund.Grade?.ChineseName(),
        })]);
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
