using System.Security.Claims;
using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Import;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>导入: POST a file (multipart) → preview with findings; then commit or cancel it.</summary>
public static class ImportApi
{
    public static void MapImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Import").RequireAuthorization(Policies.Edit);
        group.MapPost("/", UploadAsync).DisableAntiforgery().Accepts<UploadForm>("multipart/form-data")
            .WithSummary("Uploads a disclosure (.txt) or canonical JSON (≤ 2 MiB) with optional department and year; answers the preview.");
        group.MapGet("/{id:guid}", PreviewAsync).WithSummary("The preview of a pending import.");
        group.MapPost("/{id:guid}/commit", CommitAsync).WithSummary("Stores the previewed goals (replacing that department's goals of that year).");
        group.MapDelete("/{id:guid}", CancelAsync).WithSummary("Drops a pending import.");
    }

    private static async Task<Results<Created<ImportPreviewResponse>, UnprocessableEntity<ImportPreviewResponse>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, ImportCommands commands, CancellationToken ct)
    {
        var uploaded = await ApiUploads.ReadAsync(request, ct);
        if (!uploaded.Succeeded)
        {
            return uploaded.Failure!.ToProblem();
        }
        var (fileName, content, form) = uploaded.Value!;
        int? year = null;
        if (form["year"].ToString() is { Length: > 0 } yearText)
        {
            if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return Failure.Invalid("year", "Web.Field.Year", yearText, Goals.FiscalYear.Min, Goals.FiscalYear.Max).ToProblem();
            }
            year = parsed;
        }
        var outcome = await commands.UploadAsync(UserAccess.Of(user), new UploadedDocument(fileName, content, form["department"].ToString(), year), ct);
        if (!outcome.Succeeded)
        {
            return outcome.Failure!.ToProblem();
        }
        var response = ImportPreviewResponse.From(outcome.Value!);
        return outcome.Value!.CanCommit
            ? TypedResults.Created($"/api/v1/imports/{outcome.Value.Id}", response)
            : TypedResults.UnprocessableEntity(response);
    }

    private static async Task<Results<Ok<ImportPreviewResponse>, ProblemHttpResult>> PreviewAsync(Guid id, ClaimsPrincipal user, ImportCommands commands, CancellationToken ct)
    {
        var outcome = await commands.PreviewAsync(UserAccess.Of(user), id, ct);
        return outcome.Succeeded ? TypedResults.Ok(ImportPreviewResponse.From(outcome.Value!)) : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<Ok<ImportCommitted>, ProblemHttpResult>> CommitAsync(Guid id, ClaimsPrincipal user, ImportCommands commands, CancellationToken ct)
    {
        var outcome = await commands.CommitAsync(UserAccess.Of(user), id, ct);
        return outcome.Succeeded
            ? TypedResults.Ok(new ImportCommitted(outcome.Value.DepartmentId, outcome.Value.Year, $"/api/v1/departments/{outcome.Value.DepartmentId}/years/{outcome.Value.Year}"))
            : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(Guid id, ClaimsPrincipal user, ImportCommands commands, CancellationToken ct)
    {
        var outcome = await commands.CancelAsync(UserAccess.Of(user), id, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure!.ToProblem();
    }
}

/// <summary>Where the committed goals now live.</summary>
public sealed record ImportCommitted(int DepartmentId, int Year, string Location);

/// <summary>The upload form, for the OpenAPI document: the file, and optionally the department and year.</summary>
public sealed record UploadForm(IFormFile File, string? Department, int? Year);
