namespace Jixiao.Governance;

/// <summary>
/// 审计内容 — what happened, before it is chained: when (UTC, kept to the millisecond so that every database
/// stores it exactly), who, in which department and year, to what (<see cref="Subject"/>, e.g.
/// <c>indicator/123</c>, <c>goal-set/7</c>), the action (<c>update</c>, <c>submit</c> …) and the old and new
/// values as JSON (null when there is none).
/// </summary>
public sealed record AuditEntry
{
    public AuditEntry(DateTimeOffset time, string actor, int? departmentId, int? year, string subject, string action, string? oldValue, string? newValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        Time = DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());
        Actor = actor;
        DepartmentId = departmentId;
        Year = year;
        Subject = subject;
        Action = action;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>When, in UTC, to the millisecond.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Who: the user name, or <c>system</c> / <c>anonymous</c>.</summary>
    public string Actor { get; }

    public int? DepartmentId { get; }

    public int? Year { get; }

    /// <summary>What: kind and id, e.g. <c>indicator/123</c>.</summary>
    public string Subject { get; }

    public string Action { get; }

    /// <summary>Old value as JSON; null for a creation.</summary>
    public string? OldValue { get; }

    /// <summary>New value as JSON; null for a deletion.</summary>
    public string? NewValue { get; }
}

/// <summary>
/// 审计记录 — one entry of the append-only audit trail, chained: <see cref="Sequence"/> counts from 1 without
/// gaps, <see cref="PreviousHash"/> is the hash of the record before (64 zeros for the first), and
/// <see cref="Hash"/> is SHA-256 over the canonical encoding of all of it (<see cref="AuditChain"/>).
/// </summary>
public sealed record AuditRecord(long Sequence, AuditEntry Entry, string PreviousHash, string Hash)
{
    /// <summary>Whether <see cref="Hash"/> is what the content gives.</summary>
    public bool IsSealed => string.Equals(Hash, AuditChain.ComputeHash(Sequence, Entry, PreviousHash), StringComparison.Ordinal);
}
