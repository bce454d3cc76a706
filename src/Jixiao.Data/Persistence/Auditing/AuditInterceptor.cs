using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// 审计 — records every change saved through <see cref="JixiaoDb"/> in the hash-chained audit trail, in the same
/// transaction as the change: before the save it reads the change tracker (<see cref="ChangeCapture"/>) and opens
/// a transaction if the caller has none; after it (when new rows have their ids) it appends the records and commits.
/// One central mechanism instead of a call in every command; features add what the tracker cannot see
/// (workflow steps, bulk deletes) with <see cref="AuditSession.Note"/>. Singleton: per-save state lives on the context.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is JixiaoDb { Audit.Appending: false } db)
        {
            // What a save records is only what this save changes: nothing a failed save left behind.
            db.Audit.Changes.Clear();
            db.Audit.PendingNotes.Clear();
            db.Audit.Known.Clear();
            ChangeCapture.Capture(db, db.Audit);
            db.Audit.TakeNotes();
            if (!db.Audit.HasWork)
            {
                db.Audit.Known.Clear();
            }
            else if (db.Database.CurrentTransaction is null)
            {
                db.Audit.OwnedTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not JixiaoDb { Audit.Appending: false } db || !db.Audit.HasWork)
        {
            return result;
        }
        var committed = false;
        try
        {
            var entries = await EntriesAsync(db, cancellationToken);
            db.Audit.Appending = true;
            await AuditAppender.AppendAsync(db, entries, cancellationToken);
            committed = true;
        }
        finally
        {
            db.Audit.Appending = false;
            await db.Audit.EndAsync(committed, cancellationToken);
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is JixiaoDb { Audit.Appending: false } db)
        {
            await db.Audit.EndAsync(commit: false, cancellationToken);
        }
    }

    /// <summary>
    /// A refused save (another user changed the row since it was read): EF reports it here and not as a failed save,
    /// so this is where its captured changes are dropped and its transaction rolled back — it must leave no record.
    /// </summary>
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is JixiaoDb { Audit.Appending: false } db)
        {
            await db.Audit.EndAsync(commit: false, CancellationToken.None);
        }
        return result;
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is JixiaoDb { Audit.Appending: false } db)
        {
            await db.Audit.EndAsync(commit: false, CancellationToken.None);
        }
    }

    /// <summary>
    /// Synchronous saves are not audited, so one that changes audited content is refused: the app saves asynchronously
    /// everywhere. What is not content may be saved so (the data-protection key ring stores its keys synchronously).
    /// </summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData?.Context is JixiaoDb db && (db.Audit.HasNotes || ChangeCapture.HasAuditedChanges(db))
            ? throw new InvalidOperationException("JixiaoDb is audited: use SaveChangesAsync.")
            : result;

    private async Task<List<AuditEntry>> EntriesAsync(JixiaoDb db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var who = actor.Name;
        var changes = db.Audit.Changes;
        var scopes = await ScopeLookup.ForAsync(db, db.Audit.Known.Concat(changes.Select(c => c.Entry.Entity)), cancellationToken);
        var entries = new List<AuditEntry>(changes.Count + db.Audit.PendingNotes.Count);
        foreach (var change in changes)
        {
            var id = change.Entry.Property("Id").CurrentValue;
            var (department, year) = scopes.ScopeOf(change.Entry.Entity);
            var newValue = change.Action == "create" ? ChangeCapture.ValuesAfterCreate(change.Entry) : change.NewValue;
            entries.Add(new AuditEntry(now, who, department, year, $"{change.Kind}/{id}", change.Action, change.OldValue, newValue));
        }
        entries.AddRange(db.Audit.PendingNotes.Select(n => new AuditEntry(now, who, n.DepartmentId, n.Year, n.Subject, n.Action, n.OldValue, n.NewValue)));
        return entries;
    }
}
