using Jixiao.Data.Common;
using Jixiao.Data.Departments;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Departments;

/// <summary>Editing 部门整体绩效目标: one item per line, in order (reordering is moving lines).</summary>
public sealed class EditGoalsModel(DepartmentQuery query, GoalCommands commands, UiText text) : PageModel
{
    public int DepartmentId { get; private set; }

    public int Year { get; private set; }

    public string DepartmentName { get; private set; } = "";

    public string Goals { get; private set; } = "";

    public string SubGoals { get; private set; } = "";

    public string Safeguards { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int departmentId, int year)
    {
        var view = await query.GetAsync(new Scope(departmentId, year), HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }
        (DepartmentId, Year, DepartmentName) = (departmentId, year, view.Name);
        (Goals, SubGoals, Safeguards) = (Lines.Join(view.Goals), Lines.Join(view.SubGoals), Lines.Join(view.Safeguards));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int departmentId, int year, string? goals, string? subGoals, string? safeguards)
    {
        var input = new OverallGoalsInput(Lines.Split(goals), Lines.Split(subGoals), Lines.Split(safeguards));
        var outcome = await commands.ReviseOverallAsync(new Scope(departmentId, year), input, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect($"/departments/{departmentId}/years/{year}");
        }
        if (outcome.Failure!.Kind == Jixiao.Data.Common.FailureKind.NotFound)
        {
            return NotFound();
        }
        ModelState.AddModelError(outcome.Failure.Field ?? "", text.Format(outcome.Failure.Message));
        (DepartmentId, Year, Goals, SubGoals, Safeguards) = (departmentId, year, goals ?? "", subGoals ?? "", safeguards ?? "");
        return Page();
    }
}

/// <summary>Goal lists edited as one item per line.</summary>
public static class Lines
{
    public static string Join(IEnumerable<string> items) => string.Join('\n', items);

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
