using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Workbook;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Workbook;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// 上传修改后的表格: POST an exported, edited workbook (multipart) → the change preview; commit it with the
/// revision the preview showed, or cancel it. Changes apply to the same indicators (ids kept).
/// </summary>
public static class WorkbookApi
{
    public static void MapWorkbookApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(GoalSetApi.Prefix + "/workbook").WithTags("Edited workbook").RequireAuthorization(Policies.Edit);
        group.MapPost("/", UploadAsync).DisableAntiforgery().Accepts<WorkbookForm>("multipart/form-data")
            .WithSummary("Uploads an exported .xlsx edited in Excel/WPS (≤ 2 MiB); answers what it adds, changes and removes. Nothing is stored yet.");
        group.MapGet("/{id:guid}", PreviewAsync).WithSummary("The change preview of a pending workbook, against the goals as they are now.");
        group.MapPost("/{id:guid}/commit", CommitAsync)
            .WithSummary("Applies the changes in place if the goal set is still at the preview's revision (else 409).");
        group.MapDelete("/{id:guid}", CancelAsync).WithSummary("Drops a pending workbook.");
    }

    private static async Task<Results<Created<WorkbookPreview>, ProblemHttpResult>> UploadAsync(
        int departmentId, int year, HttpRequest request, WorkbookCommands commands, CancellationToken ct)
    {
        var uploaded = await ApiUploads.ReadAsync(request, ct);
        if (!uploaded.Succeeded)
        {
            return uploaded.Failure!.ToProblem();
        }
        var outcome = await commands.UploadAsync(new Scope(departmentId, year), uploaded.Value!.FileName, uploaded.Value.Content, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/departments/{departmentId}/years/{year}/workbook/{outcome.Value!.Id}", outcome.Value)
            : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<Ok<WorkbookPreview>, ProblemHttpResult>> PreviewAsync(
        int departmentId, int year, Guid id, WorkbookCommands commands, CancellationToken ct)
    {
        var outcome = await commands.PreviewAsync(new Scope(departmentId, year), id, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<Ok<WorkbookCommitted>, ProblemHttpResult>> CommitAsync(
        int departmentId, int year, Guid id, WorkbookCommit? input, WorkbookCommands commands, CancellationToken ct)
    {
        var outcome = await commands.CommitAsync(new Scope(departmentId, year), id, input?.Revision, ct);
        return outcome.Succeeded
            ? TypedResults.Ok(new WorkbookCommitted(outcome.Value, $"/api/v1/departments/{departmentId}/years/{year}"))
            : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(
        int departmentId, int year, Guid id, WorkbookCommands commands, CancellationToken ct)
    {
        var outcome = await commands.CancelAsync(new Scope(departmentId, year), id, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure!.ToProblem();
    }
}

/// <summary>The upload form, for the OpenAPI document.</summary>
public sealed record WorkbookForm(IFormFile File);

/// <summary>Confirms a preview: the goal set's revision the preview showed.</summary>
public sealed record WorkbookCommit(int? Revision);

/// <summary>The goal set's revision after the changes, and where the goals are.</summary>
public sealed record WorkbookCommitted(int Revision, string Location);
