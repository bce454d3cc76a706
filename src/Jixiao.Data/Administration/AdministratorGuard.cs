using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Data.Administration;

/// <summary>
/// Keeps the system administrable: an administrator cannot demote, disable or delete their own account, and the
/// last administrator who can sign in stays one. Changes that could remove an administrator run one at a time
/// (<see cref="BeginAsync"/>): two administrators demoting each other at the same moment cannot both succeed.
/// </summary>
public sealed class AdministratorGuard(JixiaoDb db)
{
    /// <summary>Any number, the same in every process: PostgreSQL's advisory lock for administrator changes.</summary>
    private const long LockKey = 0x4A58_4144_4D49_4E;

    /// <summary>
    /// A transaction that holds the administrator lock until it ends: on PostgreSQL an advisory transaction lock, on
    /// SQLite the write lock its transactions take when they begin (BEGIN IMMEDIATE).
    /// </summary>
    public async Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }
        return transaction;
    }

    /// <summary>
    /// Why <paramref name="target"/> may not stop being an administrator who can sign in (demoted, disabled, deleted):
    /// it is the acting user, or the last such administrator. Call inside <see cref="BeginAsync"/>.
    /// </summary>
    public async Task<Failure?> RefuseRemovingAsync(JixiaoUser target, string? actor, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (actor is not null && string.Equals(target.UserName, actor, StringComparison.Ordinal))
        {
            return Failure.Invalid(field, "Web.Admin.User.NotYourself");
        }
        if (target.Role != UserRole.Administrator || target.IsDisabled)
        {
            return null;
        }
        // Lockout ends are compared here, not in SQL: SQLite cannot compare DateTimeOffset values.
        var others = await db.Users.Where(u => u.Role == UserRole.Administrator && u.Id != target.Id).Select(u => u.LockoutEnd).ToListAsync(cancellationToken);
        return others.Any(end => !JixiaoUser.IsDisabledBy(end)) ? null : Failure.Invalid(field, "Web.Admin.User.LastAdministrator");
    }
}
