using Jixiao.Cycle;
using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Overview;

/// <summary>总览: the years on file and, for one year, its departments a page at a time with their size — only those the user may see.</summary>
public sealed class OverviewQuery(JixiaoDb db)
{
    public async Task<IReadOnlyList<YearSummary>> YearsAsync(UserAccess access, CancellationToken cancellationToken) =>
        await db.GoalSets.Where(g => access.Visible(db.Departments).Any(d => d.Id == g.PerformanceYear.DepartmentId)).GroupBy(g => g.PerformanceYear.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearSummary(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>Which of the given departments have entered any actual or budget figure for the year.</summary>
    public async Task<HashSet<int>> EvaluatedAsync(int year, IReadOnlyList<int> departmentIds, CancellationToken cancellationToken) =>
        [.. await db.GoalSets
            .Where(g => g.PerformanceYear.Year == year && departmentIds.Contains(g.PerformanceYear.DepartmentId))
            .Where(g => g.Funds.Any(f => db.FundBudgets.Any(b => b.FundId == f.Id && b.Stage == MeasurementStage.SelfEvaluation)
                || f.Indicators.Any(i => db.Measurements.Any(m => m.IndicatorId == i.Id && m.Stage == MeasurementStage.SelfEvaluation))))
            .Select(g => g.PerformanceYear.DepartmentId)
            .ToListAsync(cancellationToken)];

    public async Task<DepartmentPage> DepartmentsAsync(UserAccess access, int year, int page, string? search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = from g in db.GoalSets
                    join d in access.Visible(db.Departments) on g.PerformanceYear.DepartmentId equals d.Id
                    where g.PerformanceYear.Year == year
                    select new { g, d };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(x => x.d.Name.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.d.Name).PageOf(page)
            .Select(x => new DepartmentSummary(x.d.Id, x.d.Name, x.d.IsDemo, x.g.PerformanceYear.Year,
                x.g.Funds.Count, x.g.Funds.SelectMany(f => f.Indicators).Count()))
            .ToListAsync(cancellationToken);
        return new DepartmentPage(year, Paging.Clamp(page), total, rows);
    }
}

public sealed record YearSummary(int Year, int Departments);

/// <summary>One department of a year in the overview.</summary>
public sealed record DepartmentSummary(int Id, string Name, bool IsDemo, int Year, int Funds, int Indicators)
{
    /// <summary>Findings by severity (errors, warnings), filled in by the page for the rows it shows.</summary>
    public (int Errors, int Warnings)? Findings { get; set; }

    /// <summary>总分 and 档次 of the self-evaluation, when actuals have been entered.</summary>
    public (decimal? Total, Jixiao.Targets.Grade? Grade)? Evaluation { get; set; }
}

public sealed record DepartmentPage(int Year, int Page, int Total, IReadOnlyList<DepartmentSummary> Departments)
{
    public int Pages => Paging.PageCount(Total);
}
