using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Rollup;

/// <summary>The department-years behind a figure of the region page: filtered, sorted, a page at a time or all (for XLSX).</summary>
public sealed class RegionDepartmentsQuery(JixiaoDb db, TimeProvider clock)
{
    /// <summary>The most rows an export holds (a province has some ten thousand departments).</summary>
    public const int MaxExport = 50_000;

    public async Task<RegionDepartmentPage> PageAsync(UserAccess access, int regionId, int year, DepartmentFilter filter, int page, CancellationToken cancellationToken)
    {
        var rows = Filtered(access, regionId, year, filter);
        var total = await rows.CountAsync(cancellationToken);
        var shown = await Sorted(rows, filter).PageOf(page).ToListAsync(cancellationToken);
        return new RegionDepartmentPage(Paging.Clamp(page), total, shown);
    }

    public async Task<IReadOnlyList<RegionYear>> AllAsync(UserAccess access, int regionId, int year, DepartmentFilter filter, CancellationToken cancellationToken) =>
        await Sorted(Filtered(access, regionId, year, filter), filter).Take(MaxExport).ToListAsync(cancellationToken);

    private IQueryable<RegionYear> Filtered(UserAccess access, int regionId, int year, DepartmentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(filter);
        var rows = RegionYears.Of(db, access, regionId, year);
        if (filter.Within is { } within && within != regionId)
        {
            var marker = StoredRegion.MarkerOf(within);
            rows = rows.Where(x => db.Regions.Any(r => r.Id == x.RegionId && (r.Id == within || r.Ancestry.Contains(marker))));
        }
        if (filter.Stage is { } stage)
        {
            rows = filter.Status is { } status
                ? rows.Where(x => db.Workflows.Any(w => w.PerformanceYearId == x.PerformanceYearId && w.Subject == stage && w.Status == status))
                : rows.Where(x => !db.Workflows.Any(w => w.PerformanceYearId == x.PerformanceYearId && w.Subject == stage));
        }
        if (filter.Overdue)
        {
            var cutoff = Deadlines.PublicationCutoff(clock.GetUtcNow());
            rows = rows.Where(x => x.ApprovedAt != null && x.ApprovedAt < cutoff);
        }
        if (!string.IsNullOrWhiteSpace(filter.Rule))
        {
            var rule = filter.Rule.Trim();
            rows = rows.Where(x => db.FindingCounts.Any(f => f.PerformanceYearId == x.PerformanceYearId && f.Rule == rule));
        }
        if (filter.ReviewGrade is { } reviewGrade)
        {
            rows = rows.Where(x => x.ReviewGrade == reviewGrade);
        }
        if (filter.Grade is { } grade)
        {
            rows = rows.Where(x => x.Grade == grade);
        }
        if (filter.ScoreBand is { } band)
        {
            var (low, high) = (band * 1_000, band >= 9 ? int.MaxValue : (band + 1) * 1_000);
            rows = rows.Where(x => x.Score >= low && x.Score < high);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            rows = rows.Where(x => x.Name.Contains(term) || (x.Code != null && x.Code.Contains(term)));
        }
        return rows;
    }

    private static IOrderedQueryable<RegionYear> Sorted(IQueryable<RegionYear> rows, DepartmentFilter filter)
    {
        var d = filter.Descending;
        var sorted = filter.Sort switch
        {
            DepartmentSort.Name => d ? rows.OrderByDescending(x => x.Name) : rows.OrderBy(x => x.Name),
            DepartmentSort.Code => d ? rows.OrderByDescending(x => x.Code) : rows.OrderBy(x => x.Code),
            DepartmentSort.Region => d ? rows.OrderByDescending(x => x.RegionName) : rows.OrderBy(x => x.RegionName),
            DepartmentSort.Funds => d ? rows.OrderByDescending(x => x.Funds) : rows.OrderBy(x => x.Funds),
            DepartmentSort.Indicators => d ? rows.OrderByDescending(x => x.Indicators) : rows.OrderBy(x => x.Indicators),
            DepartmentSort.Money => d ? rows.OrderByDescending(x => x.MoneyTotalFen) : rows.OrderBy(x => x.MoneyTotalFen),
            DepartmentSort.Errors => d ? rows.OrderByDescending(x => x.Errors) : rows.OrderBy(x => x.Errors),
            DepartmentSort.Score => d ? rows.OrderByDescending(x => x.Score) : rows.OrderBy(x => x.Score),
            DepartmentSort.Status => d ? rows.OrderByDescending(x => x.GoalsStatus) : rows.OrderBy(x => x.GoalsStatus),
        };
        return sorted.ThenBy(x => x.DepartmentId);
    }
}

public sealed record RegionDepartmentPage(int Page, int Total, IReadOnlyList<RegionYear> Departments)
{
    public int Pages => Paging.PageCount(Total);
}
