using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Departments;

/// <summary>A department's goal set of one year: 部门整体绩效目标 and its funds with their money.</summary>
public sealed class DepartmentQuery(JixiaoDb db)
{
    public async Task<DepartmentView?> GetAsync(Scope scope, CancellationToken cancellationToken)
    {
        var row = await (from g in db.GoalSetsIn(scope)
                         join d in db.Departments on g.PerformanceYear.DepartmentId equals d.Id
                         select new
                         {
                             d.Id,
                             d.Name,
                             d.IsDemo,
                             g.PerformanceYear.Year,
                             g.Goals,
                             g.SubGoals,
                             g.Safeguards,
                             Funds = g.Funds.OrderBy(f => f.Position).Select(f => new FundSummary(
                                 f.Id, f.Position, f.Name, f.HasMoney ? new MoneyView(f.MoneyTotal, f.MoneyFiscal, f.MoneyOther) : null,
                                 f.Indicators.Count)).ToList(),
                         }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new DepartmentView(row.Id, row.Name, row.IsDemo, row.Year, row.Goals, row.SubGoals, row.Safeguards, row.Funds);
    }

    /// <summary>The other years the department has goals for, for the year switch.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int departmentId, CancellationToken cancellationToken) =>
        await db.GoalSets.Where(g => g.PerformanceYear.DepartmentId == departmentId).Select(g => g.PerformanceYear.Year).OrderByDescending(y => y).ToListAsync(cancellationToken);
}

public sealed record DepartmentView(
    int Id, string Name, bool IsDemo, int Year,
    IReadOnlyList<string> Goals, IReadOnlyList<string> SubGoals, IReadOnlyList<string> Safeguards,
    IReadOnlyList<FundSummary> Funds);

/// <summary>项目资金 in 元; each part null when not stated.</summary>
public sealed record MoneyView(decimal? Total, decimal? Fiscal, decimal? Other);

public sealed record FundSummary(int Id, int Position, string Name, MoneyView? Money, int Indicators);
