using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Overview;

/// <summary>总览: the years on file and, for one year, its departments a page at a time with their size — only those the user may see.</summary>
public sealed class OverviewQuery(JixiaoDb db)
{
    public async Task<IReadOnlyList<YearSummary>> YearsAsync(UserAccess access, CancellationToken cancellationToken) =>
        await db.GoalSets.Where(g => access.Visible(db.Departments).Any(d => d.Id == g.DepartmentId)).GroupBy(g => g.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearSummary(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>Which of the given departments have entered any actual or budget figure for the year.</summary>
    public async Task<HashSet<int>> EvaluatedAsync(int year, IReadOnlyList<int> departmentIds, CancellationToken cancellationToken) =>
        [.. await db.GoalSets
            .Where(g => g.Year == year && departmentIds.Contains(g.DepartmentId))
            .Where(g => g.Funds.Any(f => f.BudgetAnnual != null || f.BudgetExecuted != null || f.Indicators.Any(i => i.Actual != null)))
            .Select(g => g.DepartmentId)
            .ToListAsync(cancellationToken)];

    public async Task<DepartmentPage> DepartmentsAsync(UserAccess access, int year, int page, string? search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = from g in db.GoalSets
                    join d in access.Visible(db.Departments) on g.DepartmentId equals d.Id
                    where g.Year == year
                    select new { g, d };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(x => x.d.Name.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.d.Name).PageOf(page)
            .Select(x => new DepartmentSummary(x.d.Id, x.d.Name, x.d.IsDemo, x.g.Year,
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
