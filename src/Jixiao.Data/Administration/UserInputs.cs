using Jixiao.Data.Accounts;

namespace Jixiao.Data.Administration;

/// <summary>
/// 角色与范围: a role and what it applies to, by name: a department for 部门填报 and 部门查看, a region (区划) for
/// 财政审核, nothing for 系统管理员 (a name given to a role that does not use it is ignored).
/// </summary>
public sealed record RoleInput(UserRole? Role, string? Department, string? Region);

/// <summary>新增用户: the user name to sign in with, the name shown (the user name when empty), and the role with its scope.</summary>
public sealed record NewUserInput(string? UserName, string? DisplayName, RoleInput Scope);

/// <summary>A user just created; the password only when it was generated, to be shown this once.</summary>
public sealed record CreatedUser(string Id, string UserName, string? GeneratedPassword);

/// <summary>A role with its department or region found: what <see cref="JixiaoUser.ChangeRole"/> takes.</summary>
public readonly record struct ResolvedRole(UserRole Role, int? DepartmentId, int? RegionId);

/// <summary>
/// 新建区划: its name (unique), its finance bureau (财政部门), optionally its 区划代码 (unique) and its 上级区划 by name
/// or code (without one, the region whose code is the nearest one above the new code, when there is such a region).
/// </summary>
public sealed record RegionInput(string? Name, string? FinanceBureau, string? Code = null, string? Parent = null);
