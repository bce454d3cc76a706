using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>A department as listed under its region.</summary>
public sealed record RegionDepartment(int Id, string Name, bool IsDemo);

/// <summary>A finance reviewer of a region.</summary>
public sealed record RegionReviewer(string Id, string UserName, string DisplayName);

/// <summary>A region with its bureau, its departments and its reviewers.</summary>
public sealed record RegionView(int Id, string Name, string FinanceBureau, IReadOnlyList<RegionDepartment> Departments, IReadOnlyList<RegionReviewer> Reviewers);

/// <summary>Every region, and the departments in none (only administrators see those).</summary>
public sealed record RegionListing(IReadOnlyList<RegionView> Regions, IReadOnlyList<RegionDepartment> Unplaced);

/// <summary>区划列表: regions by name with their finance bureau, departments and finance reviewers.</summary>
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
        var views = regions.Select(r => new RegionView(r.Id, r.Name, r.FinanceBureau, [.. placed[r.Id]], [.. reviewing[r.Id]])).ToList();
        return new RegionListing(views, [.. placed[null]]);
    }
}
