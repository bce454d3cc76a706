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
        var group = api.MapGroup(GoalSetApi.Prefix).WithTags("Audit").RequireAuthorization(Policies.Read);
        group.MapGet("/audit", ListAsync).WithSummary(
            "Audit records (who, when, what, old and new values, chained by SHA-256), oldest first; ?indicator= for one indicator, ?format=csv for a CSV file.");
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
