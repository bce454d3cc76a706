using Jixiao.Data.Accounts;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Departments;
using Jixiao.Data.Funds;
using Jixiao.Data.Workbook;
using Jixiao.Formats.Json;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Departments;
using Jixiao.Web.Features.Funds;
using Jixiao.Web.Features.Workbook;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>A department's goals of one year: read, export as canonical JSON, findings, funds, goal statements.</summary>
public static class GoalSetApi
{
    public const string Prefix = "/departments/{departmentId:int}/years/{year:int}";

    public static void MapGoalSetApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(Prefix).WithTags("Goal sets").RequireAuthorization(Policies.Read);
        group.MapGet("/", GetAsync).WithSummary("部门整体绩效目标 and the funds with their money.");
        group.MapGet("/export", ExportAsync).WithSummary(
            "The goal set as a file: canonical JSON (docs/schema/goal-set.schema.json, the default) or the disclosure as docx, xlsx, pdf or html (?format=).");
        group.MapGet("/findings", FindingsAsync).WithSummary("What the checks find in the goal set.");
        group.MapPut("/goals", ReviseOverallAsync).RequireAuthorization(Policies.Edit).WithSummary("Replaces 总体绩效目标, 分项绩效目标 and 工作保障措施.");
        group.MapGet("/funds/{fundId:int}", GetFundAsync).WithSummary("A fund with its goal statements and indicator table.");
        group.MapPut("/funds/{fundId:int}/goals", ReviseFundGoalsAsync).RequireAuthorization(Policies.Edit).WithSummary("Replaces the fund's 绩效目标.");
    }

    private static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> GetAsync(int departmentId, int year, DepartmentQuery query, CancellationToken ct) =>
        await query.GetAsync(new Scope(departmentId, year), ct) is { } view ? TypedResults.Ok(view) : Failure.NotFound("Web.What.GoalSet").ToProblem();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        int departmentId, int year, string? format, GoalSetLoader loader, CancellationToken ct)
    {
        if (!DisclosureDownload.TryParse(format, out var chosen))
        {
            return DisclosureDownload.UnknownFormat(format);
        }
        var scope = new Scope(departmentId, year);
        if (await loader.LoadStoredAsync(scope, tracked: false, ct) is not ({ } stored, { } department))
        {
            return Failure.NotFound("Web.What.GoalSet").ToProblem();
        }
        var goals = stored.ToGoalSet(year, await loader.DepartmentAsync(departmentId, ct));
        return DisclosureDownload.Of(goals, chosen, () => CanonicalJson.Serialize(goals), $"{department}-{year}", StoredRowIds.Of(scope, goals, stored.Funds));
    }

    private static async Task<Results<Ok<IReadOnlyList<FindingView>>, ProblemHttpResult>> FindingsAsync(
        int departmentId, int year, FindingsQuery findings, CancellationToken ct) =>
        await findings.ForGoalSetAsync(new Scope(departmentId, year), ct) is { } found
            ? TypedResults.Ok(found)
            : Failure.NotFound("Web.What.GoalSet").ToProblem();

    private static async Task<Results<Ok<FundView>, ProblemHttpResult>> GetFundAsync(int departmentId, int year, int fundId, FundQuery query, CancellationToken ct) =>
        await query.GetAsync(new Scope(departmentId, year), fundId, ct) is { } view ? TypedResults.Ok(view) : Failure.NotFound("Web.What.Fund").ToProblem();

    private static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> ReviseOverallAsync(
        int departmentId, int year, OverallGoalsInput input, GoalCommands commands, CancellationToken ct)
    {
        var outcome = await commands.ReviseOverallAsync(new Scope(departmentId, year), input, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<Ok<FundView>, ProblemHttpResult>> ReviseFundGoalsAsync(
        int departmentId, int year, int fundId, FundGoalsInput input, GoalCommands commands, CancellationToken ct)
    {
        var outcome = await commands.ReviseFundGoalsAsync(new Scope(departmentId, year), fundId, input, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : outcome.Failure!.ToProblem();
    }
}
