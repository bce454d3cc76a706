using Jixiao.Data.Common;
using Jixiao.Data.Departments;
using Jixiao.Data.Import;
using Jixiao.Data.Workbook;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Departments;
using Jixiao.Web.Features.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Workbook;

/// <summary>上传修改后的表格 step 1: choose the edited workbook; a refused one is explained here, a usable one goes to its change preview.</summary>
[RequestSizeLimit(ImportLimits.MaxRequestBytes)]
public sealed class IndexModel(DepartmentQuery departments, WorkbookCommands commands, UiText text) : PageModel
{
    public DepartmentView? Department { get; private set; }

    public async Task<IActionResult> OnGetAsync(int departmentId, int year)
    {
        Department = await departments.GetAsync(new Scope(departmentId, year), HttpContext.RequestAborted);
        return Department is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int departmentId, int year, IFormFile? file)
    {
        var scope = new Scope(departmentId, year);
        Department = await departments.GetAsync(scope, HttpContext.RequestAborted);
        if (Department is null)
        {
            return NotFound();
        }
        if (await FormFiles.ReadAsync(file, ModelState, text, HttpContext.RequestAborted) is not { } content)
        {
            return Page();
        }
        var outcome = await commands.UploadAsync(scope, file!.FileName, content, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError("file", text.Format(outcome.Failure!.Message));
            return Page();
        }
        return Redirect($"/departments/{departmentId}/years/{year}/workbook/{outcome.Value!.Id}");
    }
}
