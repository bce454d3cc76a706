using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Indicators;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Indicators;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>The rows of a fund's indicator table: read, create, update (with version), delete (with version), reorder.</summary>
public static class IndicatorApi
{
    public static void MapIndicatorApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(GoalSetApi.Prefix + "/funds/{fundId:int}/indicators").WithTags("Indicators").RequireAuthorization(Policies.Read);
        group.MapGet("/{indicatorId:int}", GetAsync).WithSummary("One indicator with its version.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Edit).WithSummary("Adds an indicator at the end of the table.");
        group.MapPut("/{indicatorId:int}", UpdateAsync).RequireAuthorization(Policies.Edit).WithSummary("Revises an indicator; send the version you read. A stale version gets 409 with the current row.");
        group.MapDelete("/{indicatorId:int}", DeleteAsync).RequireAuthorization(Policies.Edit).WithSummary("Deletes an indicator; ?version= is the version you read.");
        group.MapPut("/order", ReorderAsync).RequireAuthorization(Policies.Edit).WithSummary("Puts the indicators in the given order (every id of the fund, once).");
    }

    private static async Task<Results<Ok<IndicatorView>, ProblemHttpResult>> GetAsync(
        int departmentId, int year, int fundId, int indicatorId, Jixiao.Data.Funds.FundQuery query, CancellationToken ct)
    {
        var fund = await query.GetAsync(new Scope(departmentId, year), fundId, ct);
        return fund?.Indicators.FirstOrDefault(i => i.Id == indicatorId) is { } view
            ? TypedResults.Ok(view)
            : Failure.NotFound("Web.What.Indicator").ToProblem();
    }

    private static async Task<Results<Created<IndicatorView>, ProblemHttpResult>> CreateAsync(
        int departmentId, int year, int fundId, IndicatorInput input, IndicatorCommands commands, HttpContext http, CancellationToken ct)
    {
        var outcome = await commands.CreateAsync(new Scope(departmentId, year), fundId, input, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"{http.Request.Path.Value?.TrimEnd('/')}/{outcome.Value!.Id}", outcome.Value)
            : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<Ok<IndicatorView>, ProblemHttpResult>> UpdateAsync(
        int departmentId, int year, int fundId, int indicatorId, IndicatorInput input, IndicatorCommands commands, CancellationToken ct)
    {
        var outcome = await commands.UpdateAsync(new Scope(departmentId, year), fundId, indicatorId, input, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int departmentId, int year, int fundId, int indicatorId, int? version, IndicatorCommands commands, CancellationToken ct)
    {
        var outcome = await commands.DeleteAsync(new Scope(departmentId, year), fundId, indicatorId, version, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure!.ToProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<IndicatorView>>, ProblemHttpResult>> ReorderAsync(
        int departmentId, int year, int fundId, ReorderInput input, IndicatorCommands commands, CancellationToken ct)
    {
        var outcome = await commands.ReorderAsync(new Scope(departmentId, year), fundId, input.Order, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : outcome.Failure!.ToProblem();
    }
}

/// <summary>The fund's indicator ids in their new order.</summary>
public sealed record ReorderInput(IReadOnlyList<int>? Order);
