using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Persistence;
using Jixiao.Governance;

namespace Jixiao.Data.Accounts;

/// <summary>
/// Who is asking and what they may see, read from the sign-in's claims (the web app's <c>JixiaoClaimsFactory</c>):
/// every query that lists departments goes through <see cref="Visible"/>, every department route through
/// the web app's <c>DepartmentAccessHandler</c>.
/// </summary>
public sealed record UserAccess(string? UserName, UserRole? Role, int? DepartmentId, int? RegionId)
{
    public const string RoleClaim = "jixiao:role";
    public const string DepartmentClaim = "jixiao:department";
    public const string RegionClaim = "jixiao:region";

    /// <summary>
    /// A duty given to an administrator explicitly (an Identity user claim, <see cref="AdministratorDuties"/>): without
    /// one an administrator manages users and regions and reads every department, but fills in and reviews nothing.
    /// </summary>
    public const string DutyClaim = "jixiao:duty";

    /// <summary>An administrator also given 填报 (<see cref="AdministratorDuties.Edit"/>): edits every department.</summary>
    public bool EditsEverywhere { get; init; }

    /// <summary>An administrator also given 审核 (<see cref="AdministratorDuties.Review"/>): reviews every department.</summary>
    public bool ReviewsEverywhere { get; init; }

    public static UserAccess Anonymous { get; } = new(null, null, null, null);

    public bool IsSignedIn => Role is not null;

    public static UserAccess Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !Enum.TryParse<UserRole>(user.FindFirstValue(RoleClaim), out var role))
        {
            return Anonymous;
        }
        var administrator = role == UserRole.Administrator;
        return new UserAccess(user.Identity.Name, role, Number(user, DepartmentClaim), Number(user, RegionClaim))
        {
            EditsEverywhere = administrator && user.HasClaim(DutyClaim, AdministratorDuties.Edit),
            ReviewsEverywhere = administrator && user.HasClaim(DutyClaim, AdministratorDuties.Review),
        };
    }

    private static int? Number(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// The departments this user may see: all (administrator); a finance reviewer those of the region and of every
    /// region below it (市 sees its 县); a department's people their own and its 下属单位; otherwise none.
    /// </summary>
    public IQueryable<StoredDepartment> Visible(IQueryable<StoredDepartment> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var below = StoredRegion.MarkerOf(RegionId ?? 0);
        return Role switch
        {
            UserRole.Administrator => departments,
            UserRole.FinanceReviewer when RegionId is not null =>
                departments.Where(d => d.RegionId == RegionId || d.Region!.Ancestry.Contains(below)),
            UserRole.DepartmentEditor or UserRole.DepartmentViewer when DepartmentId is not null =>
                departments.Where(d => d.Id == DepartmentId || d.ParentId == DepartmentId),
            _ => departments.Where(d => false),
        };
    }

    /// <summary>
    /// The regions whose pages (汇总) this user may open: all (administrator); a finance reviewer their region and every
    /// region below it; nobody else. What such a page counts is still only <see cref="Visible"/> departments.
    /// </summary>
    public IQueryable<StoredRegion> VisibleRegions(IQueryable<StoredRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var below = StoredRegion.MarkerOf(RegionId ?? 0);
        return Role switch
        {
            UserRole.Administrator => regions,
            UserRole.FinanceReviewer when RegionId is not null => regions.Where(r => r.Id == RegionId || r.Ancestry.Contains(below)),
            _ => regions.Where(r => false),
        };
    }

    /// <summary>May change the department's goals and actuals (drafting; the workflow decides when).</summary>
    public bool MayEdit(int departmentId) =>
        EditsEverywhere || (Role == UserRole.DepartmentEditor && DepartmentId == departmentId);

    /// <summary>May review (return, approve) a department this user can see.</summary>
    public bool MayReview => ReviewsEverywhere || Role == UserRole.FinanceReviewer;

    /// <summary>May import goals (routes without a department): an editor (their own), a reviewer, an administrator given 填报.</summary>
    public bool MayImport => EditsEverywhere || Role is UserRole.DepartmentEditor or UserRole.FinanceReviewer;

    /// <summary>What the workflow lets this user do for a department in their scope.</summary>
    public IReadOnlyCollection<Capability> CapabilitiesFor(int departmentId)
    {
        var held = new HashSet<Capability>();
        if (MayEdit(departmentId))
        {
            held.Add(Capability.DepartmentEdit);
        }
        if (MayReview)
        {
            held.Add(Capability.FinanceReview);
        }
        return held;
    }
}
