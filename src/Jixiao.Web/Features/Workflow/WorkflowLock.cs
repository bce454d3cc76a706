using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Workflow;
using Jixiao.Governance;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Jixiao.Web.Features.Workflow;

/// <summary>
/// 锁定: a submitted (or approved) goal set cannot be changed by anyone, whatever page or endpoint is used.
/// After authorization, every changing request to a department's year (policy edit, or work with a method other
/// than GET) is checked against the workflow state of its subject; a locked one answers 409 (API, problem details)
/// or goes to the subject's 审核流程 page with the reason (pages). One place, so a new edit endpoint is covered too.
/// </summary>
public static class WorkflowLock
{
    public static IApplicationBuilder UseWorkflowLock(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Changes(context) is { } scope && context.GetEndpoint() is { } endpoint)
            {
                var subject = endpoint.Metadata.GetMetadata<EditsSubjectAttribute>()?.Subject ?? WorkflowSubject.Goals;
                var workflows = context.RequestServices.GetRequiredService<WorkflowCommands>();
                if (await workflows.LockAsync(scope, subject, context.RequestAborted) is { } refusal)
                {
                    await RefuseAsync(context, scope, subject, refusal);
                    return;
                }
            }
            await next(context);
        });

    private static Scope? Changes(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || context.GetEndpoint() is not { } endpoint)
        {
            return null;
        }
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
        if (!policies.Contains(Policies.Edit) && !policies.Contains(Policies.Work))
        {
            return null;
        }
        var values = context.Request.RouteValues;
        return values.Number("departmentId") is { } department && values.Number("year") is { } year ? new Scope(department, year) : null;
    }

    private static async Task RefuseAsync(HttpContext context, Scope scope, WorkflowSubject subject, WorkflowRefusal refusal)
    {
        var message = refusal.Message.Format(UiText.Culture);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: message,
                extensions: new Dictionary<string, object?> { ["reason"] = refusal.Reason.ToString() }).ExecuteAsync(context);
            return;
        }
        var tempData = context.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
        tempData["Message"] = message;
        tempData.Save();
        // Back to the review of the subject that is locked (the self-evaluation's for actuals).
        var page = $"/departments/{scope.DepartmentId}/years/{scope.Year}/workflow";
        context.Response.Redirect(subject == WorkflowSubject.SelfEvaluation ? page + "?subject=evaluation" : page, permanent: false);
    }
}
