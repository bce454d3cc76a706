using System.Text.Json;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Audit;

/// <summary>One audit record as the API shows it: the values are the stored JSON, embedded as JSON.</summary>
public sealed record AuditRecordView(long Sequence, DateTimeOffset Time, string Actor, int? DepartmentId, int? Year, string Subject, string Action,
    JsonElement? OldValue, JsonElement? NewValue, string PreviousHash, string Hash)
{
    /// <summary>The stored JSON text of the values, as hashed (CSV writes these).</summary>
    internal (string? Old, string? New) RawValues { get; init; }
}

/// <summary>
/// 审计日志查询 — the audit records of a department's year (and the records of the department itself, which have
/// no year), oldest first, or those of one indicator.
/// </summary>
public sealed class AuditQuery(JixiaoDb db)
{
    public async Task<Outcome<IReadOnlyList<AuditRecordView>>> ListAsync(Scope scope, int? indicatorId, CancellationToken cancellationToken)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == scope.DepartmentId, cancellationToken))
        {
            return Failure.NotFound("Audit.Department");
        }
        var records = db.AuditRecords.AsNoTracking()
            .Where(r => r.DepartmentId == scope.DepartmentId && (r.Year == scope.Year || r.Year == null));
        if (indicatorId is { } id)
        {
            var subject = "indicator/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            records = records.Where(r => r.Subject == subject);
        }
        var rows = await records.OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    /// <summary>The most records one page of the whole trail holds.</summary>
    public const int MaxPage = 500;

    /// <summary>审计员: the whole trail, every department and the administration, from the record after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<AuditRecordView>> TrailAsync(long after, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.AuditRecords.AsNoTracking().Where(r => r.Sequence > after).OrderBy(r => r.Sequence)
            .Take(Math.Clamp(limit, 1, MaxPage)).ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    /// <summary>
    /// Verifies the whole chain, streaming it oldest first and stopping at the first break; with an anchor kept from
    /// an earlier run also finds deleted newest records and a rewritten chain. The CLI's <c>jixiao audit verify</c> and
    /// the auditor's API both ask this.
    /// </summary>
    public async Task<Governance.ChainVerification> VerifyAsync(Governance.AuditAnchor? anchor, CancellationToken cancellationToken)
    {
        var verifier = new Governance.AuditChainVerifier(anchor);
        await foreach (var row in db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (verifier.Check(row.ToRecord()) is not null)
            {
                break;
            }
        }
        return verifier.Complete();
    }

    private static AuditRecordView View(StoredAuditRecord r) =>
        new(r.Sequence, DateTimeOffset.FromUnixTimeMilliseconds(r.Time), r.Actor, r.DepartmentId, r.Year, r.Subject, r.Action,
            Parse(r.OldValue), Parse(r.NewValue), r.PreviousHash, r.Hash) { RawValues = (r.OldValue, r.NewValue) };

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
