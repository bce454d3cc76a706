using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Evaluation;

/// <summary>Saves a fund's actuals and budget figures in one transaction; values are checked when scored, not refused here.</summary>
public sealed class ActualsCommands(JixiaoDb db)
{
    public const int MaxLength = 500;

    public async Task<Outcome<int>> SaveAsync(Scope scope, int fundId, FundActualsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fund = await db.FundsIn(scope).Include(f => f.Indicators).FirstOrDefaultAsync(f => f.Id == fundId, cancellationToken);
        if (fund is null)
        {
            return Failure.NotFound("Web.What.Fund");
        }
        var texts = new[] { input.BudgetAnnual, input.BudgetExecuted }
            .Concat((input.Indicators ?? []).SelectMany(i => new[] { i.Actual, i.Reason }));
        if (texts.Any(t => t is { Length: > MaxLength }))
        {
            return Failure.Invalid("indicators", "Web.Field.TooLong", MaxLength);
        }
        var byId = fund.Indicators.ToDictionary(i => i.Id);
        foreach (var entry in input.Indicators ?? [])
        {
            if (!byId.TryGetValue(entry.IndicatorId, out var indicator))
            {
                return Failure.NotFound("Web.What.Indicator");
            }
            indicator.RecordActual(entry.Actual, entry.Reason);
        }
        fund.RecordBudget(input.BudgetAnnual, input.BudgetExecuted);
        await db.SaveChangesAsync(cancellationToken);
        return fund.Id;
    }
}

/// <summary>A fund's year results: 全年预算数 and 全年执行数 with units, and per indicator 实际完成值 and 偏差原因.</summary>
public sealed record FundActualsInput(string? BudgetAnnual, string? BudgetExecuted, IReadOnlyList<IndicatorActualInput>? Indicators);

public sealed record IndicatorActualInput(int IndicatorId, string? Actual, string? Reason);
