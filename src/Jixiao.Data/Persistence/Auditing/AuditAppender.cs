using System.Data.Common;
using Jixiao.Governance;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// Appends the records of one save to the chain, in the save's transaction. The next sequence number and the
/// previous hash are read from the newest record; if another writer appended the same number first (the primary
/// key refuses it), EF rolls back to its savepoint and the records are sealed again after the new head.
/// </summary>
internal static class AuditAppender
{
    private const int Attempts = 20;

    public static async Task AppendAsync(JixiaoDb db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var head = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence)
                .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(cancellationToken);
            var (sequence, hash) = head is null ? (0L, AuditChain.Genesis) : (head.Sequence, head.Hash);
            var rows = new List<StoredAuditRecord>(entries.Count);
            foreach (var entry in entries)
            {
                var record = AuditChain.Seal(++sequence, entry, hash);
                hash = record.Hash;
                rows.Add(StoredAuditRecord.From(record));
            }
            db.AuditRecords.AddRange(rows);
            // The rows are added explicitly and the rest was saved a moment ago: scanning every tracked entity again
            // (tens of thousands when a province is seeded) would only find nothing.
            var detect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < Attempts && IsDuplicateKey(exception))
            {
                foreach (var row in rows)
                {
                    db.Entry(row).State = EntityState.Detached;
                }
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = detect;
            }
        }
    }

    private static bool IsDuplicateKey(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        DbException => false,
        _ => false,
    };
}
