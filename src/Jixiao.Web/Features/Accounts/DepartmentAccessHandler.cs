using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Accounts;

/// <summary>
/// Checks a request against the department its route names (<c>{departmentId}</c>): a department outside the
/// user's scope fails with <see cref="NotVisible"/> (answered 404, as if it did not exist); one inside it
/// fails only when the role may not do the action (403).
/// </summary>
public sealed class DepartmentAccessHandler(JixiaoDb db) : AuthorizationHandler<DepartmentRequirement>
{
    public const string NotVisible = "department-not-visible";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, DepartmentRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var access = UserAccess.Of(context.User);
        if (!access.IsSignedIn || context.Resource is not HttpContext http)
        {
            return;
        }
        var action = requirement.Action == DepartmentAction.Work
            ? HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? DepartmentAction.Read : DepartmentAction.Edit
            : requirement.Action;
        if (http.Request.RouteValues.Number("departmentId") is not { } departmentId)
        {
            // Routes without a department (overview, import): lists are filtered by scope; importing needs a role that writes.
            if ((action == DepartmentAction.Read && access.Role != UserRole.Auditor)
                || (action == DepartmentAction.Edit && access.MayImport)
                || (action == DepartmentAction.Review && access.MayReview))
            {
                context.Succeed(requirement);
            }
            return;
        }
        if (!await SeesAsync(access, departmentId, http.RequestAborted))
        {
            context.Fail(new AuthorizationFailureReason(this, NotVisible));
            return;
        }
        var allowed = action switch
        {
            DepartmentAction.Read => true,
            DepartmentAction.Edit => access.MayEdit(departmentId),
            DepartmentAction.Review => access.MayReview,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> SeesAsync(UserAccess access, int departmentId, CancellationToken cancellationToken) =>
        access.Role == UserRole.Administrator
        || await access.Visible(db.Departments).AnyAsync(d => d.Id == departmentId, cancellationToken);
}
