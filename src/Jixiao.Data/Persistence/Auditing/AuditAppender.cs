using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// Appends the records of one save to the chain, in the save's transaction. Writers take turns: on PostgreSQL the
/// save takes an advisory transaction lock (<see cref="AdvisoryLock.AuditChain"/>) before it reads the head, so a
/// writer on any node waits for the one before it to commit and then reads its records as the new head; on SQLite
/// the save's transaction holds the database's only write lock from its start (Microsoft.Data.Sqlite begins
/// transactions IMMEDIATE). Nobody appends after a head that another writer is about to
/// replace, so no save is refused and retried. The lock is held only from reading the head to the commit that
/// follows the append (the save's own rows were written before).
/// </summary>
internal static class AuditAppender
{
    public static async Task AppendAsync(JixiaoDb db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await AdvisoryLock.TakeAsync(db, AdvisoryLock.AuditChain, cancellationToken);
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
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
