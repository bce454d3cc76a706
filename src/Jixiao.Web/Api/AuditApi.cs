using Jixiao.Data.Accounts;
using Jixiao.Data.Audit;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>审计日志: a department's audit records of a year, or one indicator's, as JSON or CSV.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        // 审计员: the whole trail and its verification, and nothing else (Policies.Audit).
        var trail = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Audit);
        trail.MapGet("/", TrailAsync).WithSummary($"The whole audit trail, oldest first: the records after ?after= (a sequence), at most ?limit= (≤ {AuditQuery.MaxPage}).");
        trail.MapGet("/verify", VerifyAsync).WithSummary(
            "Verifies the hash chain; ?anchor=SEQUENCE:HASH (kept from an earlier answer) also finds deleted newest records. Answers intact, the first break and the newest anchor.");
        var group = api.MapGroup(GoalSetApi.Prefix).WithTags("Audit").RequireAuthorization(Policies.Read);
        group.MapGet("/audit", ListAsync).WithSummary(
            "Audit records (who, when, what, old and new values, chained by SHA-256), oldest first; ?indicator= for one indicator, ?format=csv for a CSV file.");
    }

    private static async Task<Ok<IReadOnlyList<AuditRecordView>>> TrailAsync(AuditQuery query, CancellationToken ct, long after = 0, int limit = AuditQuery.MaxPage) =>
        TypedResults.Ok(await query.TrailAsync(after, limit, ct));

    private static async Task<Results<Ok<ChainCheck>, ProblemHttpResult>> VerifyAsync(AuditQuery query, CancellationToken ct, string? anchor = null)
    {
        Governance.AuditAnchor? held = null;
        if (anchor is not null && !Governance.AuditAnchor.TryParse(anchor, out held))
        {
            return Failure.Invalid("anchor", "Cli.Audit.BadAnchor", anchor).ToProblem();
        }
        var verification = await query.VerifyAsync(held, ct);
        return TypedResults.Ok(new ChainCheck(verification.IsIntact, verification.Count, verification.Break?.Sequence, verification.Break?.Kind.ToString(),
            verification.Message.Format(UiText.Culture), verification.Head?.ToString()));
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditRecordView>>, FileContentHttpResult, ProblemHttpResult>> ListAsync(
        int departmentId, int year, int? indicator, string? format, AuditQuery query, CancellationToken ct)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Failure.Invalid("format", "Audit.UnknownFormat", format).ToProblem();
        }
        var outcome = await query.ListAsync(new Scope(departmentId, year), indicator, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Failure!.ToProblem();
        }
        return csv
            ? TypedResults.File(AuditCsv.Write(outcome.Value!), "text/csv; charset=utf-8", $"audit-{departmentId}-{year}.csv")
            : TypedResults.Ok(outcome.Value!);
    }
}

/// <summary>What verifying the chain found: intact or the first broken record, and the newest anchor to keep outside the database.</summary>
public sealed record ChainCheck(bool Intact, long Checked, long? BrokenAt, string? Break, string Message, string? Anchor);
