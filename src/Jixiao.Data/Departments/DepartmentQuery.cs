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
                             d.Code,
                             d.RegionCode,
                             Region = d.Region == null ? null : d.Region.Name,
                             Supervisor = db.Departments.Where(s => s.Id == d.ParentId).Select(s => new DepartmentLink(s.Id, s.Name)).FirstOrDefault(),
                             Units = db.Departments.Where(u => u.ParentId == d.Id).OrderBy(u => u.Name).Select(u => new DepartmentLink(u.Id, u.Name)).ToList(),
                             g.PerformanceYear.Year,
                             g.Goals,
                             g.SubGoals,
                             g.Safeguards,
                             Funds = g.Funds.OrderBy(f => f.Position).Select(f => new FundSummary(
                                 f.Id, f.Position, f.Name, f.HasMoney ? new MoneyView(f.MoneyTotal, f.MoneyFiscal, f.MoneyOther) : null,
                                 f.Indicators.Count) { Code = f.Code, Category = f.Category }).ToList(),
                         }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new DepartmentView(row.Id, row.Name, row.IsDemo, row.Year, row.Goals, row.SubGoals, row.Safeguards, row.Funds)
        {
            Code = row.Code, RegionCode = row.RegionCode, Region = row.Region, Supervisor = row.Supervisor, Units = row.Units,
        };
    }

    /// <summary>The other years the department has goals for, for the year switch.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int departmentId, CancellationToken cancellationToken) =>
        await db.GoalSets.Where(g => g.PerformanceYear.DepartmentId == departmentId).Select(g => g.PerformanceYear.Year).OrderByDescending(y => y).ToListAsync(cancellationToken);
}

public sealed record DepartmentView(
    int Id, string Name, bool IsDemo, int Year,
    IReadOnlyList<string> Goals, IReadOnlyList<string> SubGoals, IReadOnlyList<string> Safeguards,
    IReadOnlyList<FundSummary> Funds)
{
    /// <summary>单位代码, when known.</summary>
    public string? Code { get; init; }

    /// <summary>区划代码 the department's documents give, when known.</summary>
    public string? RegionCode { get; init; }

    /// <summary>The name of the 区划 whose finance bureau reviews the department.</summary>
    public string? Region { get; init; }

    /// <summary>主管部门, when the department is a 下属单位.</summary>
    public DepartmentLink? Supervisor { get; init; }

    /// <summary>下属单位 of the department, by name.</summary>
    public IReadOnlyList<DepartmentLink> Units { get; init; } = [];
}

/// <summary>Another department named beside this one (主管部门, 下属单位).</summary>
public sealed record DepartmentLink(int Id, string Name);

/// <summary>A project's data of 预算管理一体化: 项目代码, 项目类别, 项目期 (first and last year) and 中期目标.</summary>
public sealed record ProjectView(string? Code, Goals.Codes.ProjectCategory? Category, int? PeriodStart, int? PeriodEnd, string? MediumTermGoal)
{
    public static ProjectView None { get; } = new(null, null, null, null, null);
}

/// <summary>项目资金 in 元; each part null when not stated.</summary>
public sealed record MoneyView(decimal? Total, decimal? Fiscal, decimal? Other);

public sealed record FundSummary(int Id, int Position, string Name, MoneyView? Money, int Indicators)
{
    /// <summary>项目代码, when known.</summary>
    public string? Code { get; init; }

    /// <summary>项目类别, when stated.</summary>
    public Goals.Codes.ProjectCategory? Category { get; init; }
}
