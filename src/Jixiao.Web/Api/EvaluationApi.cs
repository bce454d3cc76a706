using Jixiao.Web.Features.Accounts;
using Jixiao.Evaluation;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Evaluation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>绩效自评: the evaluation of a department's year (the JSON of <c>jixiao evaluate --json</c>) and saving a fund's actuals.</summary>
public static class EvaluationApi
{
    public static void MapEvaluationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(GoalSetApi.Prefix).WithTags("Self-evaluation").RequireAuthorization(Policies.Read);
        group.MapGet("/evaluation", EvaluateAsync).WithSummary("Scores every indicator, fund and the department with the stored actuals.");
        group.MapPut("/funds/{fundId:int}/actuals", SaveAsync).RequireAuthorization(Policies.Edit).WithSummary("Stores a fund's 实际完成值, 偏差原因 and budget figures.");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> EvaluateAsync(int departmentId, int year, EvaluationQuery query, CancellationToken ct) =>
        await query.EvaluateAsync(new Scope(departmentId, year), ct) is { } evaluated
            ? TypedResults.File(EvaluationJson.Serialize(evaluated.Evaluation, UiText.Culture), "application/json; charset=utf-8")
            : Failure.NotFound("Web.What.GoalSet").ToProblem();

    private static async Task<Results<NoContent, ProblemHttpResult>> SaveAsync(
        int departmentId, int year, int fundId, FundActualsInput input, ActualsCommands commands, CancellationToken ct)
    {
        var outcome = await commands.SaveAsync(new Scope(departmentId, year), fundId, input, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure!.ToProblem();
    }
}
