using Jixiao.Data.Common;
using Jixiao.Data.Departments;
using Jixiao.Data.Funds;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Departments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Funds;

/// <summary>Editing a fund's 绩效目标, one per line.</summary>
public sealed class EditGoalsModel(FundQuery query, GoalCommands commands, UiText text) : PageModel
{
    public Scope Scope { get; private set; }

    public int FundId { get; private set; }

    public string FundName { get; private set; } = "";

    public string Goals { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int departmentId, int year, int fundId)
    {
        var fund = await query.GetAsync(new Scope(departmentId, year), fundId, HttpContext.RequestAborted);
        if (fund is null)
        {
            return NotFound();
        }
        (Scope, FundId, FundName, Goals) = (fund.Scope, fund.Id, fund.Name, Lines.Join(fund.Goals));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int departmentId, int year, int fundId, string? goals)
    {
        var outcome = await commands.ReviseFundGoalsAsync(new Scope(departmentId, year), fundId, new FundGoalsInput(Lines.Split(goals)), HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect($"/departments/{departmentId}/years/{year}/funds/{fundId}");
        }
        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }
        ModelState.AddModelError("", text.Format(outcome.Failure.Message));
        (Scope, FundId, Goals) = (new Scope(departmentId, year), fundId, goals ?? "");
        return Page();
    }
}
