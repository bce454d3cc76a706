using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>
/// Finds what a role applies to: an editor or viewer needs an existing department, a finance reviewer an existing
/// region, an administrator neither. The one rule behind <c>jixiao user add</c>, 新增用户 and changing a role.
/// </summary>
public static class RoleScopes
{
    /// <summary>No department of that name (argument: the name).</summary>
    public const string NoDepartment = "Web.Admin.NoDepartment";

    /// <summary>No region of that name (argument: the name).</summary>
    public const string NoRegion = "Web.Admin.NoRegion";

    public static async Task<Outcome<ResolvedRole>> ResolveAsync(JixiaoDb db, RoleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Role is not { } role || !Enum.IsDefined(role))
        {
            return Failure.Invalid("role", "Web.Admin.User.RoleRequired");
        }
        if (role is UserRole.DepartmentEditor or UserRole.DepartmentViewer)
        {
            var department = await FindAsync(input.Department, "department", "Web.Admin.User.DepartmentRequired", NoDepartment,
                name => db.Departments.Where(d => d.Name == name).Select(d => (int?)d.Id), cancellationToken);
            return department.Failure is { } failure ? failure : new ResolvedRole(role, department.Value, null);
        }
        if (role is UserRole.FinanceReviewer)
        {
            var region = await FindAsync(input.Region, "region", "Web.Admin.User.RegionRequired", NoRegion,
                name => db.Regions.Where(r => r.Name == name).Select(r => (int?)r.Id), cancellationToken);
            return region.Failure is { } failure ? failure : new ResolvedRole(role, null, region.Value);
        }
        return new ResolvedRole(role, null, null);
    }

    /// <summary>The id of the department or region named <paramref name="name"/>, or why there is none.</summary>
    private static async Task<Outcome<int?>> FindAsync(string? name, string field, string requiredKey, string unknownKey,
        Func<string, IQueryable<int?>> idOf, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Failure.Invalid(field, requiredKey);
        }
        var trimmed = name.Trim();
        var id = await idOf(trimmed).FirstOrDefaultAsync(cancellationToken);
        return id is null ? Failure.Invalid(field, unknownKey, trimmed) : id;
    }
}
