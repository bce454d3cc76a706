using Jixiao.Data.Common;
using Jixiao.Data.Overview;
using Jixiao.Data.Persistence;
using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Publication;

/// <summary>
/// 信息公开: what the public may see without signing in — only goal sets whose workflow names a published
/// version (<see cref="StoredWorkflow.PublishedVersion"/>), read from that version's frozen snapshot, never from
/// the working copy, so an adjustment in progress stays private until its own publication.
/// </summary>
public sealed class PublicationQuery(JixiaoDb db)
{
    /// <summary>The years with at least one published goal set, newest first, with how many.</summary>
    public async Task<IReadOnlyList<YearSummary>> YearsAsync(CancellationToken cancellationToken) =>
        await Published(WorkflowSubject.Goals).GroupBy(w => w.PerformanceYear.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearSummary(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>The departments with a published goal set in the year, by name, a page at a time; <paramref name="search"/> filters by name.</summary>
    public async Task<PublishedPage> DepartmentsAsync(int year, int page, string? search, CancellationToken cancellationToken)
    {
        var query = from w in Published(WorkflowSubject.Goals)
                    join d in db.Departments on w.PerformanceYear.DepartmentId equals d.Id
                    where w.PerformanceYear.Year == year
                    select new { w, d };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(x => x.d.Name.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.d.Name).PageOf(page)
            .Select(x => new
            {
                x.d.Id, x.d.Name, x.d.IsDemo,
                Region = db.Regions.Where(r => r.Id == x.d.RegionId).Select(r => r.Name).FirstOrDefault(),
                PublishedAt = db.GoalSetVersions.Where(v => v.WorkflowId == x.w.Id && v.Number == x.w.PublishedVersion).Select(v => v.ReviewedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new PublishedPage(year, Paging.Clamp(page), total,
            [.. rows.Select(r => new PublishedDepartment(r.Id, r.Name, r.IsDemo, r.Region, PublicationDate.Of(r.PublishedAt)))]);
    }

    /// <summary>The published disclosure of a department's year; null when nothing is published there (unknown ids included).</summary>
    public async Task<PublishedDisclosure?> DisclosureAsync(int departmentId, int year, CancellationToken cancellationToken)
    {
        var found = await (from w in Published(WorkflowSubject.Goals)
                           join v in db.GoalSetVersions on w.Id equals v.WorkflowId
                           join d in db.Departments on w.PerformanceYear.DepartmentId equals d.Id
                           where w.PerformanceYear.DepartmentId == departmentId && w.PerformanceYear.Year == year && v.Number == w.PublishedVersion
                           select new
                           {
                               v.Number, v.Snapshot, v.ReviewedAt, d.Name, d.IsDemo,
                               Region = db.Regions.Where(r => r.Id == d.RegionId).Select(r => r.Name).FirstOrDefault(),
                           })
            .AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var goals = StoredGoalSetVersion.ReadGoals(found.Snapshot, found.Number);
        var evaluation = await Published(WorkflowSubject.SelfEvaluation)
            .Where(w => w.PerformanceYear.DepartmentId == departmentId && w.PerformanceYear.Year == year)
            .SelectMany(w => db.GoalSetVersions.Where(v => v.WorkflowId == w.Id && v.Number == w.PublishedVersion).Select(v => new { v.ReviewedAt, v.Snapshot }))
            .ToListAsync(cancellationToken);
        return new PublishedDisclosure(departmentId, found.Name, found.IsDemo, found.Region, found.Number, PublicationDate.Of(found.ReviewedAt),
            goals, found.Snapshot, evaluation.Count == 0 ? null : PublishedEvaluation.Of(PublicationDate.Of(evaluation[0].ReviewedAt), evaluation[0].Snapshot));
    }

    private IQueryable<StoredWorkflow> Published(WorkflowSubject subject) =>
        db.Workflows.AsNoTracking().Where(w => w.Subject == subject && w.PublishedVersion != null);
}
