using Jixiao.Governance;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 审计记录 as stored: one row of the append-only, hash-chained audit trail (<see cref="AuditRecord"/>). Nothing
/// updates or deletes these rows; the sequence is the primary key, so two writers cannot both append the same
/// number and fork the chain (the second one retries after the first commits). Times are Unix milliseconds, the
/// precision the hash covers. No foreign keys: the trail outlives what it describes.
/// </summary>
public sealed class StoredAuditRecord
{
    private StoredAuditRecord()
    {
    }

    public long Sequence { get; private set; }

    /// <summary>When, as Unix milliseconds (UTC).</summary>
    public long Time { get; private set; }

    public string Actor { get; private set; } = "";

    public int? DepartmentId { get; private set; }

    public int? Year { get; private set; }

    /// <summary>What, e.g. <c>indicator/123</c>.</summary>
    public string Subject { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public static StoredAuditRecord From(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var e = record.Entry;
        return new StoredAuditRecord
        {
            Sequence = record.Sequence, Time = e.Time.ToUnixTimeMilliseconds(), Actor = e.Actor, DepartmentId = e.DepartmentId, Year = e.Year,
            Subject = e.Subject, Action = e.Action, OldValue = e.OldValue, NewValue = e.NewValue, PreviousHash = record.PreviousHash, Hash = record.Hash,
        };
    }

    /// <summary>The record as the library verifies it.</summary>
    public AuditRecord ToRecord() =>
        new(Sequence, new AuditEntry(DateTimeOffset.FromUnixTimeMilliseconds(Time), Actor, DepartmentId, Year, Subject, Action, OldValue, NewValue), PreviousHash, Hash);
}
