using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Workflow;
using Jixiao.Goals;
using Jixiao.Governance;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Workflow;

/// <summary>
/// 审核流程 of a department's goals of a year: status, versions, the reviewer's opinions (on the table or on one
/// indicator), the redline between the last two submissions, and the steps the user may take — submit, adjust
/// and publish for the department; return or grade for the finance reviewer.
/// </summary>
public sealed class IndexModel(WorkflowQuery query, WorkflowCommands commands, GoalSetLoader loader, UiText text) : PageModel
{
    public WorkflowView? Workflow { get; private set; }

    public GoalSet? Goals { get; private set; }

    /// <summary>The ids of <see cref="Goals"/>' rows, so that an opinion names the row it is on.</summary>
    public Governance.RowIds? Rows { get; private set; }

    public RedlineView? Changes { get; private set; }

    /// <summary>What blocked the last submission, when it was blocked.</summary>
    public IReadOnlyList<string> ToFix { get; private set; } = [];

    [BindProperty]
    public string? Grade { get; set; }

    /// <summary>The opinion on the whole table.</summary>
    [BindProperty]
    public string? Opinion { get; set; }

    /// <summary>Opinions on single indicators, one field per indicator of the submitted table.</summary>
    [BindProperty]
    public List<OpinionInput> Opinions { get; set; } = [];

    /// <summary>绩效目标 (goals, the default) or 绩效自评 (<c>?subject=evaluation</c>): both follow the same review path.</summary>
    public WorkflowSubject Subject { get; private set; } = WorkflowSubject.Goals;

    public bool May(string step) => Workflow?.Actions.Contains(step) == true;

    public async Task<IActionResult> OnGetAsync(int departmentId, int year, string? subject)
    {
        if (WorkflowRequest.SubjectOf(subject) is not { } s)
        {
            return NotFound();
        }
        Subject = s;
        return await LoadAsync(new Scope(departmentId, year)) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int departmentId, int year, string? step, string? subject)
    {
        if (WorkflowRequest.SubjectOf(subject) is not { } s)
        {
            return NotFound();
        }
        Subject = s;
        var scope = new Scope(departmentId, year);
        var input = new WorkflowInput(Grade, [new OpinionInput(Opinion), .. Opinions]);
        var action = WorkflowRequest.ToAction(step ?? "", input);
        if (!action.Succeeded)
        {
            TempData["Message"] = text.Format(action.Failure!.Message);
            return Redirect(Here(scope));
        }
        var outcome = await commands.ApplyAsync(scope, Subject, action.Value!, UserAccess.Of(User).CapabilitiesFor(departmentId), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            return outcome.Failure!.Kind == FailureKind.NotFound ? NotFound() : Again(scope, text.Format(outcome.Failure.Message));
        }
        if (outcome.Value!.Refusal is { } refusal)
        {
            if (!refusal.ToFix.IsEmpty)
            {
                ToFix = [.. refusal.ToFix.Select(d => $"{d.Fund} · {d.Indicator} [{d.Code}] {d.Message.Format(UiText.Culture)}")];
                await LoadAsync(scope);
                ModelState.AddModelError("", text.Format(refusal.Message));
                return Page();
            }
            return Again(scope, text.Format(refusal.Message));
        }
        TempData["Message"] = text.Format("Web.Workflow.Done", text.Format(action.Value!.Label), text.Format(outcome.Value.State!.Status.Label()));
        return Redirect(Here(scope));
    }

    private RedirectResult Again(Scope scope, string message)
    {
        TempData["Message"] = message;
        return Redirect(Here(scope));
    }

    private string Here(Scope scope) =>
        $"/departments/{scope.DepartmentId}/years/{scope.Year}/workflow" + (Subject == WorkflowSubject.SelfEvaluation ? "?subject=evaluation" : "");

    private async Task<bool> LoadAsync(Scope scope)
    {
        var ct = HttpContext.RequestAborted;
        var view = await query.GetAsync(scope, Subject, UserAccess.Of(User), ct);
        if (!view.Succeeded)
        {
            return false;
        }
        Workflow = view.Value!;
        (Goals, Rows) = await loader.LoadWithIdsAsync(scope, ct) is var (goals, rows) ? (goals, rows) : (null, null);
        if (Workflow.Submissions >= 2
            && await commands.RedlineAsync(scope, Subject, Workflow.Submissions - 1, Workflow.Submissions, ct) is { } redline)
        {
            Changes = RedlineView.Of(Workflow.Submissions - 1, Workflow.Submissions, redline);
        }
        return true;
    }
}
