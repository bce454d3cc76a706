using Jixiao.Data.Rollup;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Indicators;

/// <summary>
/// Adding, revising, deleting and reordering the rows of a fund's indicator table. Each is one
/// transaction (one SaveChanges); revising and deleting check the version the client read, and the
/// database checks it again in the UPDATE/DELETE, so two people saving at once cannot both win.
/// </summary>
public sealed class IndicatorCommands(JixiaoDb db, YearResults results)
{
    public async Task<Outcome<IndicatorView>> CreateAsync(Scope scope, int fundId, IndicatorInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fund = await LoadFundAsync(scope, fundId, cancellationToken);
        if (fund is null)
        {
            return Failure.NotFound("Web.What.Fund");
        }
        var indicator = input.ToIndicator();
        if (!indicator.Succeeded)
        {
            return indicator.Failure!;
        }
        var stored = fund.AddIndicator(indicator.Value!);
        await db.SaveGoalSetChangeAsync(fund.GoalSetId, results, cancellationToken);
        return IndicatorView.From(stored);
    }

    public async Task<Outcome<IndicatorView>> UpdateAsync(Scope scope, int fundId, int indicatorId, IndicatorInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stored = await LoadIndicatorAsync(scope, fundId, indicatorId, cancellationToken);
        if (stored is null)
        {
            return Failure.NotFound("Web.What.Indicator");
        }
        if (input.Version is not { } version)
        {
            return Failure.Invalid("version", "Web.Field.VersionRequired");
        }
        var indicator = input.ToIndicator();
        if (!indicator.Succeeded)
        {
            return indicator.Failure!;
        }
        if (version != stored.Version)
        {
            return Conflict(stored);
        }
        stored.Revise(indicator.Value!);
        var goalSet = await db.Funds.Where(f => f.Id == stored.FundId).Select(f => f.GoalSetId).FirstAsync(cancellationToken);
        return await SaveAsync(stored, version, goalSet, cancellationToken) ?? (Outcome<IndicatorView>)IndicatorView.From(stored);
    }

    public async Task<Outcome<IndicatorView>> DeleteAsync(Scope scope, int fundId, int indicatorId, int? version, CancellationToken cancellationToken)
    {
        var fund = await LoadFundAsync(scope, fundId, cancellationToken);
        var stored = fund?.Indicators.FirstOrDefault(i => i.Id == indicatorId);
        if (fund is null || stored is null)
        {
            return Failure.NotFound("Web.What.Indicator");
        }
        if (version is not { } read)
        {
            return Failure.Invalid("version", "Web.Field.VersionRequired");
        }
        if (read != stored.Version)
        {
            return Conflict(stored);
        }
        var view = IndicatorView.From(stored);
        fund.RemoveIndicator(stored);
        return await SaveAsync(stored, read, fund.GoalSetId, cancellationToken) ?? (Outcome<IndicatorView>)view;
    }

    public async Task<Outcome<IReadOnlyList<IndicatorView>>> ReorderAsync(Scope scope, int fundId, IReadOnlyList<int>? order, CancellationToken cancellationToken)
    {
        var fund = await LoadFundAsync(scope, fundId, cancellationToken);
        if (fund is null)
        {
            return Failure.NotFound("Web.What.Fund");
        }
        if (order is null || !fund.TryReorder(order))
        {
            return Failure.Invalid("order", "Web.Field.Order", fund.Indicators.Count);
        }
        await db.SaveGoalSetChangeAsync(fund.GoalSetId, results, cancellationToken);
        return fund.Indicators.OrderBy(i => i.Position).Select(IndicatorView.From).ToList();
    }

    /// <summary>Saves, turning a concurrency failure found by the database into a conflict with the row as it is now.</summary>
    private async Task<Failure?> SaveAsync(StoredIndicator stored, int readVersion, int goalSetId, CancellationToken cancellationToken)
    {
        db.Entry(stored).Property(i => i.Version).OriginalValue = readVersion;
        try
        {
            await db.SaveGoalSetChangeAsync(goalSetId, results, cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == stored.Id, cancellationToken);
            return current is null ? Failure.NotFound("Web.What.Indicator") : Conflict(current);
        }
    }

    private static Failure Conflict(StoredIndicator current) =>
        new(FailureKind.Conflict, new Diagnostics.LocalizedText("Web.Conflict.Indicator", current.Name), "version") { Current = IndicatorView.From(current) };

    private Task<StoredFund?> LoadFundAsync(Scope scope, int fundId, CancellationToken cancellationToken) =>
        db.FundsIn(scope).Include(f => f.Indicators).FirstOrDefaultAsync(f => f.Id == fundId, cancellationToken);

    private Task<StoredIndicator?> LoadIndicatorAsync(Scope scope, int fundId, int indicatorId, CancellationToken cancellationToken) =>
        db.FundsIn(scope).Where(f => f.Id == fundId).SelectMany(f => f.Indicators).FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
}
