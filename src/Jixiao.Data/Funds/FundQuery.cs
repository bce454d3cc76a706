using System.Runtime.CompilerServices;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Departments;
using Jixiao.Data.Indicators;
using Jixiao.Data.Persistence;
using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Data.Funds;

/// <summary>
/// A fund with its goal statements and its indicator table in order. Every read asks the database for the goal set's
/// stamp (one indexed row, which also checks the scope); the fund's table, with what Jixiao understood of each target,
/// is kept in memory under (fund, stamp, language), so an edit made by any process shows on the next read and an
/// unchanged fund is not read and interpreted again.
/// </summary>
public sealed class FundQuery(JixiaoDb db, IMemoryCache cache)
{
    public async Task<FundView?> GetAsync(Scope scope, int fundId, CancellationToken cancellationToken) =>
        (await ReadAsync(scope, fundId, cancellationToken))?.Fund;

    /// <summary>The fund and the stamp of the goal set it was read at (for what else is cached under that stamp).</summary>
    public async Task<FundRead?> ReadAsync(Scope scope, int fundId, CancellationToken cancellationToken)
    {
        var stamp = await StampQuery.GetValue(db.Model, _ => CompileStampQuery())(db, scope.DepartmentId, scope.Year, fundId, cancellationToken);
        if (stamp is null)
        {
            return null;
        }
        var at = new GoalSetStamp(stamp.Id, stamp.Revision);
        var key = (nameof(FundQuery), fundId, at, UiText.Culture.Name);
        if (!cache.TryGetValue(key, out FundView? fund) || fund is null)
        {
            // Read after the stamp: the table is at least as new as the stamp it is kept under.
            fund = await LoadAsync(scope, fundId, cancellationToken);
            if (fund is null)
            {
                return null;
            }
            cache.Set(key, fund, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }
        // The department's name and demo marker are not part of the goal set: they come fresh with the stamp.
        return new FundRead(fund with { DepartmentName = stamp.Name, IsDemo = stamp.IsDemo }, at, (stamp.Status ?? WorkflowStatus.Draft).IsEditable());
    }

    /// <summary>
    /// The stamp read of every fund page and fund API request, compiled once per model (EF Core refuses a compiled query
    /// on another provider's model): EF Core then neither rebuilds nor re-examines the query's expression on each
    /// request. It checks the scope as <see cref="ScopedQueries.GoalSetsIn"/> does.
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, Func<JixiaoDb, int, int, int, CancellationToken, Task<StampRow?>>> StampQuery = [];

    private static Func<JixiaoDb, int, int, int, CancellationToken, Task<StampRow?>> CompileStampQuery() =>
        EF.CompileAsyncQuery((JixiaoDb db, int departmentId, int year, int fundId, CancellationToken _) =>
            (from g in db.GoalSets
             where g.PerformanceYear.DepartmentId == departmentId && g.PerformanceYear.Year == year
             join d in db.Departments on g.PerformanceYear.DepartmentId equals d.Id
             from f in g.Funds
             where f.Id == fundId
             select new StampRow(
                 g.Id, g.Revision, d.Name, d.IsDemo,
                 // The goals' review status comes in the same round trip: it decides whether the table may be edited.
                 db.Workflows.Where(w => w.PerformanceYearId == g.PerformanceYearId && w.Subject == WorkflowSubject.Goals)
                     .Select(w => (WorkflowStatus?)w.Status).FirstOrDefault()))
            .FirstOrDefault());

    private sealed record StampRow(int Id, int Revision, string Name, bool IsDemo, WorkflowStatus? Status);

    private async Task<FundView?> LoadAsync(Scope scope, int fundId, CancellationToken cancellationToken)
    {
        var row = await db.FundsIn(scope)
            .Where(f => f.Id == fundId)
            .Select(f => new
            {
                f.Id,
                f.Name,
                f.Goals,
                Money = f.HasMoney ? new MoneyView(f.MoneyTotal, f.MoneyFiscal, f.MoneyOther) : null,
                Project = new ProjectView(f.Code, f.Category, f.PeriodStart, f.PeriodEnd, f.MediumTermGoal),
                Indicators = f.Indicators.OrderBy(i => i.Position).ToList(),
            }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new FundView(scope, "", false, row.Id, row.Name, row.Goals, row.Money, [.. row.Indicators.Select(IndicatorView.From)])
            {
                Project = row.Project,
            };
    }
}

/// <summary>A fund read at a goal-set stamp; <see cref="Editable"/>: the goals' review status lets the department change them.</summary>
public sealed record FundRead(FundView Fund, GoalSetStamp Stamp, bool Editable);

public sealed record FundView(
    Scope Scope, string DepartmentName, bool IsDemo, int Id, string Name, IReadOnlyList<string> Goals, MoneyView? Money,
    IReadOnlyList<IndicatorView> Indicators)
{
    /// <summary>The project's data of 预算管理一体化 (项目代码, 项目类别, 项目期, 中期目标), each null when not stated.</summary>
    public ProjectView Project { get; init; } = ProjectView.None;
}
