using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Governance;
using Jixiao.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Rollup;

/// <summary>
/// 区划汇总: a region's figures of a year, read from the stored results (<see cref="StoredYearResult"/>) and the workflows
/// with GROUP BY in SQL — nothing is evaluated here. The same for the page, the API and <c>jixiao rollup</c>.
/// </summary>
public sealed class RollupQuery(JixiaoDb db, TimeProvider clock)
{
    /// <summary>The regions at the top of what the user may open (the reviewer's own; an administrator's roots).</summary>
    public async Task<IReadOnlyList<RegionRef>> EntryRegionsAsync(UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var visible = access.VisibleRegions(db.Regions);
        return await visible.Where(r => r.ParentId == null || !visible.Any(p => p.Id == r.ParentId))
            .OrderBy(r => r.Code ?? r.Name).ThenBy(r => r.Name)
            .Select(r => new RegionRef(r.Id, r.Name, r.Code, r.FinanceBureau)).ToListAsync(cancellationToken);
    }

    /// <summary>The region if the user may open it, else null (not found, as for a department out of scope).</summary>
    public Task<RegionRef?> RegionAsync(UserAccess access, int regionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.VisibleRegions(db.Regions).Where(r => r.Id == regionId)
            .Select(r => new RegionRef(r.Id, r.Name, r.Code, r.FinanceBureau)).FirstOrDefaultAsync(cancellationToken)!;
    }

    public async Task<RegionRollup?> RollupAsync(UserAccess access, int regionId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var region = await access.VisibleRegions(db.Regions).FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken);
        if (region is null)
        {
            return null;
        }
        var tree = await db.Regions.AsNoTracking().Where(r => r.Id == regionId || r.Ancestry.Contains(region.Marker)).ToListAsync(cancellationToken);
        var above = region.Ancestry.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var path = await db.Regions.AsNoTracking().Where(r => above.Contains(r.Id)).ToListAsync(cancellationToken);
        var years = RegionYears.Of(db, access, regionId, year);
        var perRegion = await TotalsByRegionAsync(years, cancellationToken);
        var previous = await TotalsByRegionAsync(RegionYears.Of(db, access, regionId, year - 1), cancellationToken);
        var ids = years.Select(x => x.PerformanceYearId);
        var workflows = await db.Workflows.Where(w => ids.Contains(w.PerformanceYearId))
            .GroupBy(w => new { w.Subject, w.Status }).Select(g => new { g.Key.Subject, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var totals = Sum(perRegion.Values);
        var cutoff = Deadlines.PublicationCutoff(clock.GetUtcNow());
        return new RegionRollup(Ref(region), [.. path.OrderBy(r => r.Ancestry.Length).Select(Ref)], year, await YearsAsync(access, regionId, cancellationToken))
        {
            Totals = totals,
            PreviousYear = Sum(previous.Values),
            SubRegions = [.. tree.Where(r => r.ParentId == regionId).OrderBy(r => r.Code ?? r.Name).ThenBy(r => r.Name)
                .Select(c => new SubRegionTotals(Ref(c), Sum(perRegion.Where(p => p.Key == c.Id || Within(tree, p.Key, c.Id)).Select(p => p.Value))))],
            Stages = [.. new[] { WorkflowSubject.Goals, WorkflowSubject.SelfEvaluation }.Select(stage =>
            {
                var statuses = Enum.GetValues<WorkflowStatus>()
                    .Select(s => new StatusCount(s, workflows.Where(w => w.Subject == stage && w.Status == s).Sum(w => w.Count))).ToList();
                return new StageProgress(stage, totals.Departments - statuses.Sum(s => s.Departments), statuses);
            })],
            PublicationOverdue = await years.CountAsync(x => x.ApprovedAt != null && x.ApprovedAt < cutoff, cancellationToken),
            FindingsByRule = await db.FindingCounts.Where(f => ids.Contains(f.PerformanceYearId))
                .GroupBy(f => new { f.Rule, f.Severity })
                .Select(g => new RuleCount(g.Key.Rule, g.Key.Severity, g.Sum(f => f.Count), g.Count()))
                .ToListAsync(cancellationToken) is var rules ? [.. rules.OrderByDescending(r => r.Severity).ThenByDescending(r => r.Findings).ThenBy(r => r.Rule, StringComparer.Ordinal)] : [],
            ReviewGrades = Grades(await db.Workflows.Where(w => ids.Contains(w.PerformanceYearId) && w.Subject == WorkflowSubject.Goals && w.Grade != null)
                .GroupBy(w => w.Grade).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count, cancellationToken)),
            SelfEvaluationGrades = Grades(await years.Where(x => x.Grade != null)
                .GroupBy(x => x.Grade).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count, cancellationToken)),
            ScoreHistogram = Histogram(await years.Where(x => x.Score != null)
                .GroupBy(x => x.Score >= 10_000 ? 9 : x.Score / 1_000).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key!.Value, g => g.Count, cancellationToken)),
            Unrecorded = await RegionYears.Unrecorded(db, access, regionId, year).CountAsync(cancellationToken),
        };
    }

    /// <summary>The budget years with goals in the region, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(UserAccess access, int regionId, CancellationToken cancellationToken)
    {
        var marker = StoredRegion.MarkerOf(regionId);
        return await (from g in db.GoalSets
                      join d in access.Visible(db.Departments) on g.PerformanceYear.DepartmentId equals d.Id
                      where d.RegionId == regionId || d.Region!.Ancestry.Contains(marker)
                      select g.PerformanceYear.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }

    private static async Task<Dictionary<int, RegionTotals>> TotalsByRegionAsync(IQueryable<RegionYear> years, CancellationToken cancellationToken) =>
        await years.GroupBy(x => x.RegionId ?? 0)
            .Select(g => new
            {
                Region = g.Key,
                Totals = new RegionTotals(g.Count(), g.Sum(x => x.Funds), g.Sum(x => x.Indicators), g.Sum(x => x.MoneyTotalFen), g.Sum(x => x.MoneyFiscalFen),
                    g.Sum(x => x.Errors), g.Sum(x => x.Warnings), g.Count(x => x.Evaluated), g.Count(x => x.Score != null), g.Sum(x => (long)(x.Score ?? 0)),
                    g.Sum(x => x.BudgetAnnualFen ?? 0), g.Sum(x => x.BudgetExecutedFen ?? 0), g.Count(x => x.Stale)),
            })
            .ToDictionaryAsync(x => x.Region, x => x.Totals, cancellationToken);

    private static RegionTotals Sum(IEnumerable<RegionTotals> totals) => totals.Aggregate(RegionTotals.None, (a, b) => a.Add(b));

    /// <summary>Whether region <paramref name="id"/> lies below <paramref name="ancestor"/>.</summary>
    private static bool Within(List<StoredRegion> tree, int id, int ancestor) =>
        tree.FirstOrDefault(r => r.Id == id)?.Ancestry.Contains(StoredRegion.MarkerOf(ancestor), StringComparison.Ordinal) == true;

    private static IReadOnlyList<GradeCount> Grades(Dictionary<Grade, int> counts) =>
        [.. Enum.GetValues<Grade>().Select(g => new GradeCount(g, counts.GetValueOrDefault(g)))];

    private static IReadOnlyList<int> Histogram(Dictionary<int, int> counts) => [.. Enumerable.Range(0, 10).Select(b => counts.GetValueOrDefault(b))];

    private static RegionRef Ref(StoredRegion r) => new(r.Id, r.Name, r.Code, r.FinanceBureau);
}
