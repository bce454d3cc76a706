using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>A department as listed under its region.</summary>
public sealed record RegionDepartment(int Id, string Name, bool IsDemo);

/// <summary>A finance reviewer of a region.</summary>
public sealed record RegionReviewer(string Id, string UserName, string DisplayName);

/// <summary>A region with its bureau, code, place in the tree (上级区划, depth), its departments and its reviewers.</summary>
public sealed record RegionView(
    int Id, string Name, string FinanceBureau, string? Code, string? ParentName, int Depth,
    IReadOnlyList<RegionDepartment> Departments, IReadOnlyList<RegionReviewer> Reviewers);

/// <summary>Every region, and the departments in none (only administrators see those).</summary>
public sealed record RegionListing(IReadOnlyList<RegionView> Regions, IReadOnlyList<RegionDepartment> Unplaced);

/// <summary>区划列表: regions as a tree (each under its parent, siblings by name) with their finance bureau, departments and finance reviewers.</summary>
public sealed class RegionQuery(JixiaoDb db)
{
    public async Task<RegionListing> ListAsync(CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new { d.RegionId, Department = new RegionDepartment(d.Id, d.Name, d.IsDemo) }).ToListAsync(cancellationToken);
        var reviewers = await db.Users.AsNoTracking().Where(u => u.Role == UserRole.FinanceReviewer).OrderBy(u => u.UserName)
            .Select(u => new { u.RegionId, Reviewer = new RegionReviewer(u.Id, u.UserName!, u.DisplayName) }).ToListAsync(cancellationToken);
        var placed = departments.ToLookup(d => d.RegionId, d => d.Department);
        var reviewing = reviewers.ToLookup(u => u.RegionId, u => u.Reviewer);
        var names = regions.ToDictionary(r => r.Id, r => r.Name);
        var children = regions.ToLookup(r => r.ParentId);
        var views = new List<RegionView>(regions.Count);
        void Visit(int? parentId)
        {
            foreach (var r in children[parentId])
            {
                views.Add(new RegionView(r.Id, r.Name, r.FinanceBureau, r.Code, r.ParentId is { } p ? names[p] : null, r.Depth,
                    [.. placed[r.Id]], [.. reviewing[r.Id]]));
                Visit(r.Id);
            }
        }
        Visit(null);
        return new RegionListing(views, [.. placed[null]]);
    }
}
