using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Accounts;

/// <summary>
/// 用户: an ASP.NET Core Identity user (hashed password, lockout, security stamp) with one role and the
/// department or region it applies to. A user that could see nothing cannot be built: an editor or viewer
/// names a department, a finance reviewer a region.
/// </summary>
public sealed class JixiaoUser : IdentityUser
{
    private JixiaoUser()
    {
    }

    public JixiaoUser(string userName, string displayName, UserRole role, int? departmentId, int? regionId, bool isDemo = false)
        : base(userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();
        ChangeRole(role, departmentId, regionId);
        IsDemo = isDemo;
    }

    /// <summary>
    /// 停用: sign-in is refused for good. Disabling is Identity's lockout with this end (no column of its own), so every
    /// way in that checks the lockout (the sign-in form, the API session) refuses a disabled user too.
    /// </summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Sign-in was disabled by an administrator (not a lockout after wrong passwords, which ends by itself).</summary>
    public bool IsDisabled => IsDisabledBy(LockoutEnd);

    /// <summary>Whether a lockout ending at <paramref name="lockoutEnd"/> is 停用 (for rows read without the user).</summary>
    public static bool IsDisabledBy(DateTimeOffset? lockoutEnd) => lockoutEnd >= DisabledUntil;

    /// <summary>
    /// Gives the user another role and the department or region it applies to; what the role does not use is dropped
    /// (an administrator keeps neither).
    /// </summary>
    public void ChangeRole(UserRole role, int? departmentId, int? regionId)
    {
        if (role is UserRole.DepartmentEditor or UserRole.DepartmentViewer && departmentId is null)
        {
            throw new ArgumentException("A department editor or viewer belongs to a department.", nameof(departmentId));
        }
        if (role is UserRole.FinanceReviewer && regionId is null)
        {
            throw new ArgumentException("A finance reviewer belongs to a region.", nameof(regionId));
        }
        Role = role;
        DepartmentId = role is UserRole.DepartmentEditor or UserRole.DepartmentViewer ? departmentId : null;
        RegionId = role is UserRole.FinanceReviewer ? regionId : null;
    }

    /// <summary>姓名 as shown in the header and the audit trail.</summary>
    public string DisplayName { get; private set; } = "";

    public UserRole Role { get; private set; }

    /// <summary>The department of an editor or viewer.</summary>
    public int? DepartmentId { get; private set; }

    /// <summary>The region of a finance reviewer.</summary>
    public int? RegionId { get; private set; }

    /// <summary>演示账户: created with the demo data, signed in with one click while the demo is on, and never with a password.</summary>
    public bool IsDemo { get; private set; }
}
