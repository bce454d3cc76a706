using Jixiao.Data.Common;
using Jixiao.Data.Workbook;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Workbook;

/// <summary>上传修改后的表格 step 2: what the workbook adds, changes and removes; confirm applies it in place, cancel drops it.</summary>
public sealed class PreviewModel(WorkbookCommands commands, UiText text) : PageModel
{
    public Scope Scope { get; private set; }

    public WorkbookPreview? Preview { get; private set; }

    /// <summary>Why the last confirmation was refused (a stale preview), shown above the fresh preview.</summary>
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(int departmentId, int year, Guid id)
    {
        Scope = new Scope(departmentId, year);
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostCommitAsync(int departmentId, int year, Guid id, int? revision)
    {
        Scope = new Scope(departmentId, year);
        var outcome = await commands.CommitAsync(Scope, id, revision, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            TempData["Message"] = text["Web.Workbook.Applied"];
            return Redirect(DepartmentUrl);
        }
        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }
        Refused = text.Format(outcome.Failure.Message);
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostCancelAsync(int departmentId, int year, Guid id)
    {
        Scope = new Scope(departmentId, year);
        await commands.CancelAsync(Scope, id, HttpContext.RequestAborted);
        TempData["Message"] = text["Web.Workbook.Cancelled"];
        return Redirect(DepartmentUrl);
    }

    public string DepartmentUrl => $"/departments/{Scope.DepartmentId}/years/{Scope.Year}";

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        var outcome = await commands.PreviewAsync(Scope, id, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            if (outcome.Failure!.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }
            Refused = text.Format(outcome.Failure.Message);
            return Page();
        }
        Preview = outcome.Value;
        return Page();
    }
}
