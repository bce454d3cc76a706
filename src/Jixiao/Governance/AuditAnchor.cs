using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Jixiao.Governance;

/// <summary>
/// 审计锚点 — one record of the chain named by its sequence and hash (<c>128:9f3a…</c>), written down outside the
/// database. The chain alone cannot show that its newest records were deleted, or that all of it was rewritten by
/// someone who recomputed every hash; a verification against an anchor kept elsewhere shows both.
/// </summary>
public readonly record struct AuditAnchor
{
    public AuditAnchor(long sequence, string hash)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        if (!IsHash(hash))
        {
            throw new ArgumentException("An audit hash is 64 lowercase hexadecimal digits.", nameof(hash));
        }
        Sequence = sequence;
        Hash = hash;
    }

    public long Sequence { get; }

    /// <summary>The record's SHA-256, 64 lowercase hexadecimal digits.</summary>
    public string Hash { get; }

    /// <summary>Reads <c>sequence:hash</c> as <see cref="ToString"/> writes it (the hash in either case).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AuditAnchor? anchor)
    {
        anchor = null;
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1
            || !IsHash(parts[1].ToLowerInvariant()))
        {
            return false;
        }
        anchor = new AuditAnchor(sequence, parts[1].ToLowerInvariant());
        return true;
    }

    public static AuditAnchor Of(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new AuditAnchor(record.Sequence, record.Hash);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}:{Hash}");

    private static bool IsHash(string? hash) => hash is { Length: 64 } && hash.All(char.IsAsciiHexDigitLower);
}
