using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>A user as the administration pages show it: role, department or region by name, and whether sign-in is locked or disabled.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, UserRole Role, string? Department, string? Region,
    DateTimeOffset? LockoutEnd, bool IsDemo)
{
    public bool IsDisabled => JixiaoUser.IsDisabledBy(LockoutEnd);

    /// <summary>Locked out after wrong passwords, until <see cref="LockoutEnd"/>.</summary>
    public bool IsLockedOutAt(DateTimeOffset now) => !IsDisabled && LockoutEnd > now;
}

/// <summary>One page of users, 50 at a time.</summary>
public sealed record UserPage(IReadOnlyList<UserRow> Users, int Page, int Total)
{
    public int Pages => Paging.PageCount(Total);
}

/// <summary>What a role can apply to: every department (with its region, if any) and every region, by name.</summary>
public sealed record ScopeChoices(IReadOnlyList<DepartmentChoice> Departments, IReadOnlyList<string> Regions);

/// <summary>A department to choose, with the region it is in (if any).</summary>
public sealed record DepartmentChoice(string Name, string? Region);

/// <summary>用户列表: users by user name, found by user name or display name; one user; the departments and regions to choose from.</summary>
public sealed class UserQuery(JixiaoDb db)
{
    public async Task<UserPage> ListAsync(string? search, int page, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var normalized = term.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(normalized) || u.DisplayName.Contains(term));
        }
        var total = await users.CountAsync(cancellationToken);
        var rows = await Rows(users.OrderBy(u => u.UserName).PageOf(page)).ToListAsync(cancellationToken);
        return new UserPage(rows, Paging.Clamp(page), total);
    }

    public Task<UserRow?> GetAsync(string id, CancellationToken cancellationToken) =>
        Rows(db.Users.AsNoTracking().Where(u => u.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<ScopeChoices> ChoicesAsync(CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new DepartmentChoice(d.Name, db.Regions.Where(r => r.Id == d.RegionId).Select(r => r.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => r.Name).ToListAsync(cancellationToken);
        return new ScopeChoices(departments, regions);
    }

    private IQueryable<UserRow> Rows(IQueryable<JixiaoUser> users) =>
        users.Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, u.Role,
            db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault(),
            db.Regions.Where(r => r.Id == u.RegionId).Select(r => r.Name).FirstOrDefault(),
            u.LockoutEnd, u.IsDemo));
}
