using Jixiao.Data.Common;
using Jixiao.Data.Departments;
using Jixiao.Data.Persistence;
using Jixiao.Goals;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Departments;

/// <summary>The disclosure as the published document lays it out (A4, 仿宋/黑体, one table row per grade), ready to print.</summary>
public sealed class PrintModel(GoalSetLoader loader, JixiaoDb db) : PageModel
{
    public GoalSet? Goals { get; private set; }

    public int DepartmentId { get; private set; }

    public bool IsDemo { get; private set; }

    public async Task<IActionResult> OnGetAsync(int departmentId, int year)
    {
        Goals = await loader.LoadAsync(new Scope(departmentId, year), HttpContext.RequestAborted);
        if (Goals is null)
        {
            return NotFound();
        }
        DepartmentId = departmentId;
        IsDemo = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.IsDemo).FirstAsync(HttpContext.RequestAborted);
        return Page();
    }
}
