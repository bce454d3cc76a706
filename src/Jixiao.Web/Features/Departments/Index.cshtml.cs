using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Departments;
using Jixiao.Governance;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Departments;

/// <summary>A department's page: overall goals, sub-goals, safeguards, and its funds with money and findings.</summary>
public sealed class IndexModel(DepartmentQuery query, FindingsQuery findings, Jixiao.Data.Workflow.WorkflowCommands workflows, UiText text) : PageModel
{
    public DepartmentView? Department { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    /// <summary>The goals' review status (草稿, 已提交 …) as shown next to the workflow link.</summary>
    public string? Status { get; private set; }

    /// <summary>Whether the user may change the goals now (their role, and the goals not locked by the review).</summary>
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int departmentId, int year)
    {
        var scope = new Scope(departmentId, year);
        var ct = HttpContext.RequestAborted;
        Department = await query.GetAsync(scope, ct);
        if (Department is null)
        {
            return NotFound();
        }
        Years = await query.YearsAsync(departmentId, ct);
        Findings = await findings.ForGoalSetAsync(scope, ct) ?? [];
        if ((await workflows.StateAsync(scope, WorkflowSubject.Goals, ct)).Value is { } state)
        {
            Status = text.Format(state.Status.Label());
            CanEdit = state.IsEditable && Jixiao.Data.Accounts.UserAccess.Of(User).MayEdit(departmentId);
        }
        return Page();
    }
}
