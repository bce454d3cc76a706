using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Diagnostics;

namespace Jixiao.Governance;

/// <summary>
/// 审计链 — chains audit records by hash so that changing, deleting or reordering one is detected. The hash is
/// SHA-256 (lower-case hex) over an unambiguous encoding: a version line, then every field as
/// <c>name=length:value</c> (length in UTF-8 bytes) or <c>name=-</c> for null, each on its own line, ending
/// with the previous record's hash. Deleting the newest records is not detectable from the chain alone; the
/// caller that keeps the count elsewhere can compare it with <see cref="ChainVerification.Count"/>.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Seals <paramref name="entry"/> as the record after <paramref name="previous"/> (null: the first).</summary>
    public static AuditRecord Append(AuditRecord? previous, AuditEntry entry) =>
        Seal((previous?.Sequence ?? 0) + 1, entry, previous?.Hash ?? Genesis);

    /// <summary>Seals <paramref name="entry"/> at a known place: its sequence number and the hash before it.</summary>
    public static AuditRecord Seal(long sequence, AuditEntry entry, string previousHash)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new AuditRecord(sequence, entry, previousHash, ComputeHash(sequence, entry, previousHash));
    }

    public static string ComputeHash(long sequence, AuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(previousHash);
        var text = new StringBuilder("jixiao-audit-v1\n");
        Field(text, "sequence", sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, "time", entry.Time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Field(text, "actor", entry.Actor);
        Field(text, "department", entry.DepartmentId?.ToString(CultureInfo.InvariantCulture));
        Field(text, "year", entry.Year?.ToString(CultureInfo.InvariantCulture));
        Field(text, "subject", entry.Subject);
        Field(text, "action", entry.Action);
        Field(text, "old", entry.OldValue);
        Field(text, "new", entry.NewValue);
        Field(text, "previous", previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Verifies records in sequence order, against an anchor kept outside when given; stops at the first break.</summary>
    public static ChainVerification Verify(IEnumerable<AuditRecord> records, AuditAnchor? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var verifier = new AuditChainVerifier(anchor);
        foreach (var record in records)
        {
            if (verifier.Check(record) is not null)
            {
                break;
            }
        }
        return verifier.Complete();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }
        text.Append('\n');
    }
}
