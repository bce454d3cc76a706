using Jixiao.Data.Rollup;
using System.Globalization;
using Jixiao.Cycle;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Evaluation;

/// <summary>
/// Saves a fund's self-evaluation in one transaction: per indicator (by id) its measurement of the year (实际完成值,
/// 偏差原因, 填报得分), and the fund's budget figures (年初预算数, 全年预算数, 全年执行数, 执行率得分). Values are checked
/// when scored, not refused here; only an entered score that is not a number of points is refused.
/// </summary>
public sealed class ActualsCommands(JixiaoDb db, IAuditActor actor, TimeProvider clock, YearResults results)
{
    public const int MaxLength = 500;

    public async Task<Outcome<int>> SaveAsync(Scope scope, int fundId, FundActualsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fund = await db.FundsIn(scope).Include(f => f.Indicators).FirstOrDefaultAsync(f => f.Id == fundId, cancellationToken);
        var year = await db.YearsIn(scope).FirstOrDefaultAsync(cancellationToken);
        if (fund is null || year is null)
        {
            return Failure.NotFound("Web.What.Fund");
        }
        var entries = input.Indicators ?? [];
        var texts = new[] { input.BudgetInitial, input.BudgetAnnual, input.BudgetExecuted, input.BudgetReason }
            .Concat(entries.SelectMany(i => new[] { i.Actual, i.Reason }));
        if (texts.Any(t => t is { Length: > MaxLength }))
        {
            return Failure.Invalid("indicators", "Web.Field.TooLong", MaxLength);
        }
        if (!EnteredScore.TryRead(input.BudgetScore, out var budgetScore))
        {
            return Failure.Invalid("budgetScore", "Web.Evaluation.ScoreInvalid", input.BudgetScore);
        }
        var scores = new int?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (!EnteredScore.TryRead(entries[i].Score, out scores[i]))
            {
                return Failure.Invalid($"indicators[{i}].score", "Web.Evaluation.ScoreInvalid", entries[i].Score);
            }
        }
        var ids = fund.Indicators.Select(i => i.Id).ToHashSet();
        if (entries.FirstOrDefault(e => !ids.Contains(e.IndicatorId)) is not null)
        {
            return Failure.NotFound("Web.What.Indicator");
        }
        var asOf = year.YearEnd;
        var now = clock.GetUtcNow();
        var measured = await db.Measurements
            .Where(m => ids.Contains(m.IndicatorId) && m.Stage == MeasurementStage.SelfEvaluation && m.AsOf == asOf)
            .ToDictionaryAsync(m => m.IndicatorId, cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!measured.TryGetValue(entry.IndicatorId, out var measurement))
            {
                measurement = StoredMeasurement.Start(entry.IndicatorId, MeasurementStage.SelfEvaluation, asOf);
                db.Measurements.Add(measurement);
                measured[entry.IndicatorId] = measurement;
            }
            measurement.Record(entry.Actual, entry.Reason, scores[i], actor.Name, now);
            if (measurement.IsEmpty)
            {
                db.Measurements.Remove(measurement);
            }
        }
        var budget = await db.FundBudgets.FirstOrDefaultAsync(
            b => b.FundId == fund.Id && b.Stage == MeasurementStage.SelfEvaluation && b.AsOf == asOf, cancellationToken);
        if (budget is null)
        {
            budget = StoredFundBudget.Start(fund.Id, MeasurementStage.SelfEvaluation, asOf);
            db.FundBudgets.Add(budget);
        }
        budget.Record(input.BudgetInitial, input.BudgetAnnual, input.BudgetExecuted, input.BudgetReason, budgetScore, actor.Name, now);
        if (budget.IsEmpty)
        {
            db.FundBudgets.Remove(budget);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await results.RecordAsync(db, fund.GoalSetId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fund.Id;
    }
}

/// <summary>
/// A fund's year results: 年初预算数, 全年预算数 and 全年执行数 with units, the budget's 偏差原因 and 填报得分, and per
/// indicator 实际完成值, 偏差原因 and 填报得分.
/// </summary>
public sealed record FundActualsInput(string? BudgetAnnual, string? BudgetExecuted, IReadOnlyList<IndicatorActualInput>? Indicators)
{
    public string? BudgetInitial { get; init; }

    public string? BudgetReason { get; init; }

    public string? BudgetScore { get; init; }
}

public sealed record IndicatorActualInput(int IndicatorId, string? Actual, string? Reason)
{
    /// <summary>填报得分 as typed (<c>9.5</c> or <c>9.5分</c>); blank for none.</summary>
    public string? Score { get; init; }
}

/// <summary>填报得分: points as typed, stored in hundredths; at most 100 points and two decimals.</summary>
internal static class EnteredScore
{
    public static bool TryRead(string? text, out int? hundredths)
    {
        hundredths = null;
        var trimmed = (text ?? "").Trim().TrimEnd('分').Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points)
            || points > 100 || points * 100 != decimal.Truncate(points * 100))
        {
            return false;
        }
        hundredths = (int)(points * 100);
        return true;
    }

    public static string Show(int hundredths) => (hundredths / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
