using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Administration;

/// <summary>
/// 用户管理: creating a user, changing a role and its scope, deleting a user. The rules are the same for
/// <c>jixiao user add</c> and the 系统管理 pages; refusals are values (the field they are about and a message key).
/// Every change is in the audit trail (the user's role and scope, never a password hash or stamp).
/// </summary>
public sealed class UserCommands(JixiaoDb db, UserManager<JixiaoUser> users, AdministratorGuard guard)
{
    public const int MaxUserName = 64;
    public const int MaxDisplayName = 100;

    /// <summary>Creates a user with <paramref name="password"/>, or with a generated one (answered, to be shown once) when it is null.</summary>
    public async Task<Outcome<CreatedUser>> CreateAsync(NewUserInput input, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            return Failure.Invalid("userName", "Web.Admin.User.NameRequired");
        }
        if (input.UserName.Trim().Length > MaxUserName)
        {
            return Failure.Invalid("userName", "Web.Field.TooLong", MaxUserName);
        }
        if (input.DisplayName?.Trim().Length > MaxDisplayName)
        {
            return Failure.Invalid("displayName", "Web.Field.TooLong", MaxDisplayName);
        }
        var scope = await RoleScopes.ResolveAsync(db, input.Scope, cancellationToken);
        if (scope.Failure is { } invalid)
        {
            return invalid;
        }
        var (role, departmentId, regionId) = scope.Value;
        var user = new JixiaoUser(input.UserName.Trim(), input.DisplayName ?? "", role, departmentId, regionId);
        var generated = password is null ? GeneratedPassword.New() : null;
        var created = await users.CreateAsync(user, password ?? generated!);
        return created.Succeeded ? new CreatedUser(user.Id, user.UserName!, generated) : IdentityFailures.From(created);
    }

    /// <summary>
    /// Gives a user another role and scope. <paramref name="actor"/> (the signed-in administrator's user name) cannot
    /// demote themselves, and the last administrator stays one. The user's open sessions take the new role at their
    /// next check (the security stamp changes).
    /// </summary>
    public async Task<Outcome<JixiaoUser>> ChangeRoleAsync(string? actor, string userId, RoleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scope = await RoleScopes.ResolveAsync(db, input, cancellationToken);
        if (scope.Failure is { } invalid)
        {
            return invalid;
        }
        await using var transaction = await guard.BeginAsync(cancellationToken);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failure.NotFound("Web.What.User");
        }
        var (role, departmentId, regionId) = scope.Value;
        if (role != UserRole.Administrator && await guard.RefuseRemovingAsync(user, actor, "role", cancellationToken) is { } refused)
        {
            return refused;
        }
        user.ChangeRole(role, departmentId, regionId);
        var failure = await IdentityFailures.AllOrNothingAsync(transaction, cancellationToken, () => users.UpdateSecurityStampAsync(user));
        return failure is null ? user : failure;
    }

    /// <summary>Deletes a user; not <paramref name="actor"/>'s own account, nor the last administrator.</summary>
    public async Task<Outcome<string>> DeleteAsync(string? actor, string userId, CancellationToken cancellationToken)
    {
        await using var transaction = await guard.BeginAsync(cancellationToken);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failure.NotFound("Web.What.User");
        }
        var failure = await guard.RefuseRemovingAsync(user, actor, "delete", cancellationToken)
            ?? await IdentityFailures.AllOrNothingAsync(transaction, cancellationToken, () => users.DeleteAsync(user));
        return failure is null ? user.UserName! : failure;
    }
}
