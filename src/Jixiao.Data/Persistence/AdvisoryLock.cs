using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Persistence;

/// <summary>
/// PostgreSQL advisory locks held until the current transaction ends (<c>pg_advisory_xact_lock</c>): what several web
/// nodes on one database take to do one thing at a time. SQLite needs none — one writer holds the database at a time.
/// </summary>
internal static class AdvisoryLock
{
    /// <summary>Reading the audit chain's head and appending after it (<see cref="Auditing.AuditAppender"/>).</summary>
    public const long AuditChain = 0x4A58_4155_4449_5431;

    /// <summary>Creating the data-protection key ring when a node starts on a database that has none yet.</summary>
    public const long KeyRing = 0x4A58_4B45_5952_4E47;

    /// <summary>Waits for the lock and holds it until the transaction <paramref name="db"/> is in ends (PostgreSQL only).</summary>
    public static async Task TakeAsync(JixiaoDb db, long key, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An advisory transaction lock needs a transaction.");
        }
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }
}
