using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// A record to add with the next save that the change tracker cannot see: a workflow step, or a bulk operation
/// (<c>ExecuteDelete</c>) summarised in one record. Values are JSON.
/// </summary>
public sealed record AuditNote(string Subject, string Action, int? DepartmentId, int? Year, string? OldValue = null, string? NewValue = null);

/// <summary>A change the tracker saw: the entity, what happened, and its values (new values of added rows are read after the save, when their ids exist).</summary>
internal sealed record TrackedChange(EntityEntry Entry, string Kind, string Action, string? OldValue, string? NewValue);

/// <summary>
/// The audit state of one context between the start and the end of a save: notes added by features, changes
/// captured before the save, and the transaction the interceptor opened when the caller had none.
/// </summary>
public sealed class AuditSession
{
    private readonly List<AuditNote> _notes = [];

    internal List<TrackedChange> Changes { get; } = [];

    internal List<AuditNote> PendingNotes { get; } = [];

    /// <summary>Tracked goal sets, funds and workflows: where changed rows belong.</summary>
    internal List<object> Known { get; } = [];

    internal IDbContextTransaction? OwnedTransaction { get; set; }

    /// <summary>While the interceptor saves the audit records themselves.</summary>
    internal bool Appending { get; set; }

    /// <summary>Adds a record to the next save of this context (in its transaction).</summary>
    public void Note(AuditNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        _notes.Add(note);
    }

    /// <summary>Moves the notes into the save that starts now.</summary>
    internal void TakeNotes()
    {
        PendingNotes.AddRange(_notes);
        _notes.Clear();
    }

    /// <summary>
    /// Forgets everything of saves that never completed (a pooled context goes back to the pool): notes never saved,
    /// changes captured for a save that failed, and the transaction opened for it, rolled back.
    /// </summary>
    internal void Reset()
    {
        _notes.Clear();
        Changes.Clear();
        PendingNotes.Clear();
        Known.Clear();
        Appending = false;
        if (OwnedTransaction is { } transaction)
        {
            OwnedTransaction = null;
            transaction.Dispose();
        }
    }

    /// <summary>Whether notes wait for the next save.</summary>
    internal bool HasNotes => _notes.Count > 0;

    internal bool HasWork => Changes.Count > 0 || PendingNotes.Count > 0;

    /// <summary>
    /// Ends the save: the captured changes and notes are forgotten either way, and the transaction opened for the
    /// save is committed with its audit records, or rolled back with them when the save failed.
    /// </summary>
    internal async ValueTask EndAsync(bool commit, CancellationToken cancellationToken)
    {
        Changes.Clear();
        PendingNotes.Clear();
        Known.Clear();
        if (OwnedTransaction is { } transaction)
        {
            OwnedTransaction = null;
            if (commit)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            await transaction.DisposeAsync();
        }
    }
}
