using System.Security.Claims;
using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Workflow;
using Jixiao.Governance;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// 审核流程: the state of a department's goals (or self-evaluation, <c>?subject=evaluation</c>) of a year, its steps
/// (submit, return, approve, publish, adjust) and the redline between two submitted versions. Anyone who sees the
/// department may read; who may take which step is the workflow's rule (department editor, finance reviewer).
/// </summary>
public static class WorkflowApi
{
    public static void MapWorkflowApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(GoalSetApi.Prefix + "/workflow").WithTags("Workflow").RequireAuthorization(Policies.Read);
        group.MapGet("/", GetAsync).WithSummary("Status, versions, the latest opinions and the steps the user may take now.");
        group.MapGet("/redline", RedlineAsync).WithSummary("修订对照 between two submitted versions (?from=&to=), indicator by indicator.");
        group.MapPost("/{step}", StepAsync).WithSummary(
            "Takes a step: submit | return | approve (grade 优/良/中/差 with opinions) | publish | adjust. 403 not your role, 409 wrong status, 422 errors block submission (toFix).");
    }

    private static async Task<Results<Ok<WorkflowView>, ProblemHttpResult>> GetAsync(
        int departmentId, int year, string? subject, ClaimsPrincipal user, WorkflowQuery query, CancellationToken ct)
    {
        if (WorkflowRequest.SubjectOf(subject) is not { } s)
        {
            return Failure.Invalid("subject", "Web.Workflow.Subject", subject ?? "").ToProblem();
        }
        var view = await query.GetAsync(new Scope(departmentId, year), s, UserAccess.Of(user), ct);
        return view.Succeeded ? TypedResults.Ok(view.Value!) : view.Failure!.ToProblem();
    }

    private static async Task<Results<Ok<WorkflowView>, ProblemHttpResult>> StepAsync(
        int departmentId, int year, string step, string? subject, WorkflowInput? input, ClaimsPrincipal user,
        WorkflowCommands commands, WorkflowQuery query, CancellationToken ct)
    {
        if (WorkflowRequest.SubjectOf(subject) is not { } s)
        {
            return Failure.Invalid("subject", "Web.Workflow.Subject", subject ?? "").ToProblem();
        }
        var action = WorkflowRequest.ToAction(step, input);
        if (!action.Succeeded)
        {
            return action.Failure!.ToProblem();
        }
        var scope = new Scope(departmentId, year);
        var access = UserAccess.Of(user);
        var outcome = await commands.ApplyAsync(scope, s, action.Value!, access.CapabilitiesFor(departmentId), ct);
        if (!outcome.Succeeded)
        {
            return outcome.Failure!.ToProblem();
        }
        if (outcome.Value!.Refusal is { } refusal)
        {
            return Refused(refusal);
        }
        var view = await query.GetAsync(scope, s, access, ct);
        return TypedResults.Ok(view.Value!);
    }

    private static async Task<Results<Ok<RedlineView>, ProblemHttpResult>> RedlineAsync(
        int departmentId, int year, int from, int to, string? subject, WorkflowCommands commands, CancellationToken ct)
    {
        if (WorkflowRequest.SubjectOf(subject) is not { } s)
        {
            return Failure.Invalid("subject", "Web.Workflow.Subject", subject ?? "").ToProblem();
        }
        return await commands.RedlineAsync(new Scope(departmentId, year), s, from, to, ct) is { } redline
            ? TypedResults.Ok(RedlineView.Of(from, to, redline))
            : Failure.NotFound("Web.What.Version").ToProblem();
    }

    private static ProblemHttpResult Refused(WorkflowRefusal refusal)
    {
        var status = refusal.Reason switch
        {
            RefusalReason.NotPermitted or RefusalReason.OwnSubmission => StatusCodes.Status403Forbidden,
            RefusalReason.WrongStatus => StatusCodes.Status409Conflict,
            RefusalReason.FindingsBlock => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status400BadRequest,
        };
        var culture = UiText.Culture;
        return TypedResults.Problem(statusCode: status, title: refusal.Message.Format(culture), extensions: new Dictionary<string, object?>
        {
            ["reason"] = refusal.Reason.ToString(),
            ["toFix"] = refusal.ToFix.Select(d => new { rule = d.Code, fund = d.Fund, indicator = d.Indicator, message = d.Message.Format(culture) }).ToList(),
        });
    }
}
