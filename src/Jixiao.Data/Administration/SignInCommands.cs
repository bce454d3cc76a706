using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Administration;

/// <summary>
/// Whether and how a user signs in: 重置密码 (a new generated password, shown once), 解除锁定 (after too many wrong
/// passwords), 停用 and 恢复登录. Disabling is Identity's lockout until <see cref="JixiaoUser.DisabledUntil"/>;
/// the security stamp changes with it, so the user's open sessions end at their next check.
/// </summary>
public sealed class SignInCommands(JixiaoDb db, UserManager<JixiaoUser> users, AdministratorGuard guard)
{
    /// <summary>Gives the user a new generated password (answered, to be shown once) and records that it happened, without any hash.</summary>
    public async Task<Outcome<string>> ResetPasswordAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failure.NotFound("Web.What.User");
        }
        if (user.IsDemo)
        {
            return Failure.Invalid("password", "Web.Admin.User.DemoHasNoPassword");
        }
        var password = GeneratedPassword.New();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hadPassword = await users.HasPasswordAsync(user);
        db.Audit.Note(new AuditNote($"user/{user.Id}", "reset-password", null, null));
        var failure = await IdentityFailures.AllOrNothingAsync(transaction, cancellationToken,
            () => hadPassword ? users.RemovePasswordAsync(user) : Task.FromResult(IdentityResult.Success),
            () => users.AddPasswordAsync(user, password));
        return failure is null ? password : failure;
    }

    /// <summary>Ends a lockout after wrong passwords (and forgets the failures); a disabled user is enabled with <see cref="EnableAsync"/>.</summary>
    public async Task<Outcome<JixiaoUser>> UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failure.NotFound("Web.What.User");
        }
        return user.IsDisabled ? Failure.Invalid("unlock", "Web.Admin.User.DisabledNotLocked") : await OpenAsync(user, cancellationToken);
    }

    /// <summary>停用: refuses every sign-in of the user until enabled; not <paramref name="actor"/>'s own account, nor the last administrator.</summary>
    public async Task<Outcome<JixiaoUser>> DisableAsync(string? actor, string userId, CancellationToken cancellationToken)
    {
        await using var transaction = await guard.BeginAsync(cancellationToken);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failure.NotFound("Web.What.User");
        }
        var failure = await guard.RefuseRemovingAsync(user, actor, "disable", cancellationToken)
            ?? await IdentityFailures.AllOrNothingAsync(transaction, cancellationToken,
                () => users.SetLockoutEnabledAsync(user, true),
                () => users.SetLockoutEndDateAsync(user, JixiaoUser.DisabledUntil),
                () => users.UpdateSecurityStampAsync(user));
        return failure is null ? user : failure;
    }

    /// <summary>恢复登录: a disabled user may sign in again.</summary>
    public async Task<Outcome<JixiaoUser>> EnableAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user ? await OpenAsync(user, cancellationToken) : Failure.NotFound("Web.What.User");

    private async Task<Outcome<JixiaoUser>> OpenAsync(JixiaoUser user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var failure = await IdentityFailures.AllOrNothingAsync(transaction, cancellationToken,
            () => users.ResetAccessFailedCountAsync(user),
            () => users.SetLockoutEndDateAsync(user, null));
        return failure is null ? user : failure;
    }
}
