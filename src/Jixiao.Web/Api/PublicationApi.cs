using System.Text;
using Jixiao.Data.Common;
using Jixiao.Data.Publication;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Publication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// 信息公开 under /api/v1/public, without sign-in on purpose: the published goal sets by year and department, and
/// each one's published version as a file. Anything not published is not found, never the draft.
/// </summary>
public static class PublicationApi
{
    public static void MapPublicationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Publication").AllowAnonymous();
        group.MapGet("/", async (PublicationQuery query, CancellationToken ct) => TypedResults.Ok(await query.YearsAsync(ct)))
            .WithSummary("Years with published goal sets, with how many departments published each.");
        group.MapGet("/{year:int}/departments", DepartmentsAsync)
            .WithSummary("The departments with a published goal set in a year (name, region, publication date), 50 per page, optionally filtered by name.");
        group.MapGet("/{year:int}/departments/{departmentId:int}", DownloadAsync).WithSummary(
            "The published version of a department's goals: canonical JSON of the frozen version (the default) or the disclosure as docx, xlsx, pdf or html (?format=).");
        group.MapGet("/{year:int}/departments/{departmentId:int}/evaluation", EvaluationAsync).WithSummary(
            "The published self-evaluation as frozen at its submission: actuals, scores, explanations, total and grade (JSON).");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> EvaluationAsync(int year, int departmentId, PublicationQuery query, CancellationToken ct) =>
        await query.DisclosureAsync(departmentId, year, ct) is { Evaluation: { } evaluation } published
            ? TypedResults.File(Encoding.UTF8.GetBytes(evaluation.Snapshot), "application/json", $"{published.DepartmentName}-{year}-自评.json")
            : Failure.NotFound("Web.What.Publication").ToProblem();

    private static async Task<Ok<PublishedPage>> DepartmentsAsync(int year, PublicationQuery query, CancellationToken ct, int page = 1, string? search = null) =>
        TypedResults.Ok(await query.DepartmentsAsync(year, page, search, ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        int year, int departmentId, string? format, PublicationQuery query, CancellationToken ct)
    {
        if (!DisclosureDownload.TryParse(format, out var chosen))
        {
            return DisclosureDownload.UnknownFormat(format);
        }
        return await query.DisclosureAsync(departmentId, year, ct) is { } published
            ? DisclosureDownload.Of(published.Goals, chosen, () => Encoding.UTF8.GetBytes(published.Snapshot), $"{published.DepartmentName}-{year}")
            : Failure.NotFound("Web.What.Publication").ToProblem();
    }
}
