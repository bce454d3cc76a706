using Jixiao.Diagnostics;

namespace Jixiao.Governance;

/// <summary>How a chain is broken.</summary>
public enum ChainBreakKind
{
    /// <summary>The record's content does not give its hash: it was edited.</summary>
    Edited,
    /// <summary>The record's previous hash is not the hash of the record before: that one was changed or replaced.</summary>
    BrokenLink,
    /// <summary>Sequence numbers are missing before the record: records were deleted.</summary>
    Gap,
    /// <summary>The sequence does not increase: records were repeated or reordered.</summary>
    OutOfOrder,
    /// <summary>The chain ends before the anchor's record: its newest records were deleted.</summary>
    Truncated,
    /// <summary>The anchor's record has another hash: the chain up to it was rewritten (hashes recomputed).</summary>
    Rewritten,
}

/// <summary>链断裂 — the first broken record, how, and a message naming it.</summary>
public sealed record ChainBreak(long Sequence, ChainBreakKind Kind, LocalizedText Message);

/// <summary>
/// 审计链验证结果 — how many records were checked (intact before the break), the first break, if any, and the
/// chain's newest record as an anchor to keep outside the database (none for an empty chain).
/// </summary>
public sealed record ChainVerification(long Count, ChainBreak? Break, AuditAnchor? Head = null)
{
    public bool IsIntact => Break is null;

    public LocalizedText Message => Break?.Message ?? new LocalizedText("Audit.Intact", Count);
}

/// <summary>
/// Checks records one at a time (so that a database can stream them); the first break is kept, and a caller may stop
/// reading there. With an anchor written down earlier, the chain must still hold the anchor's record with the
/// anchor's hash.
/// </summary>
public sealed class AuditChainVerifier(AuditAnchor? anchor = null)
{
    private long _sequence;
    private string _hash = AuditChain.Genesis;
    private ChainBreak? _break;

    /// <summary>Records checked and found intact.</summary>
    public long Count { get; private set; }

    /// <summary>The verification of the records checked: the first break, or the chain's end against the anchor.</summary>
    public ChainVerification Complete()
    {
        if (_break is not null)
        {
            return new ChainVerification(Count, _break);
        }
        var head = Count == 0 ? (AuditAnchor?)null : new AuditAnchor(_sequence, _hash);
        return anchor is { } a && a.Sequence > _sequence
            ? new ChainVerification(Count, new ChainBreak(a.Sequence, ChainBreakKind.Truncated, new LocalizedText("Audit.Truncated", _sequence, a.Sequence)), head)
            : new ChainVerification(Count, null, head);
    }

    /// <summary>Checks the next record; answers the chain's first break (this one's or an earlier one's), if any.</summary>
    public ChainBreak? Check(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _break ??= BreakAt(record);
    }

    private ChainBreak? BreakAt(AuditRecord record)
    {
        var s = record.Sequence;
        if (s <= _sequence)
        {
            return new ChainBreak(s, ChainBreakKind.OutOfOrder, new LocalizedText("Audit.OutOfOrder", s, _sequence));
        }
        if (s != _sequence + 1)
        {
            return new ChainBreak(s, ChainBreakKind.Gap, new LocalizedText("Audit.Gap", s, _sequence + 1, s - 1));
        }
        if (!record.IsSealed)
        {
            return new ChainBreak(s, ChainBreakKind.Edited, new LocalizedText("Audit.Edited", s));
        }
        if (!string.Equals(record.PreviousHash, _hash, StringComparison.Ordinal))
        {
            return new ChainBreak(s, ChainBreakKind.BrokenLink, new LocalizedText("Audit.BrokenLink", s, _sequence));
        }
        if (anchor is { } a && a.Sequence == s && !string.Equals(a.Hash, record.Hash, StringComparison.Ordinal))
        {
            return new ChainBreak(s, ChainBreakKind.Rewritten, new LocalizedText("Audit.Rewritten", s));
        }
        _sequence = s;
        _hash = record.Hash;
        Count++;
        return null;
    }
}
