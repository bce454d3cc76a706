using Jixiao.Data.Administration;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Administration;

/// <summary>区划管理: regions with their bureau, departments and reviewers; a new region; departments placed in a region or taken out.</summary>
public sealed class RegionsModel(RegionQuery query, RegionCommands commands, UiText text) : PageModel
{
    /// <summary>The new region's fields (<c>Input.Name</c>, <c>Input.FinanceBureau</c>, <c>Input.Code</c>, <c>Input.Parent</c>).</summary>
    [BindProperty]
    public RegionInput Input { get; set; } = new(null, null);

    public RegionListing Listing { get; private set; } = new([], []);

    /// <summary>The region whose 加入部门 form was refused, to show the reason there.</summary>
    public int? RefusedRegion { get; private set; }

    public async Task OnGetAsync() => Listing = await query.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var outcome = await commands.CreateAsync(Input, HttpContext.RequestAborted);
        if (outcome.Failure is { } failure)
        {
            failure.AddTo(ModelState, text, nameof(Input), ["name", "financeBureau", "code", "parent"]);
            return await AgainAsync();
        }
        return Done("Web.Admin.Region.Created", outcome.Value!.Name);
    }

    public async Task<IActionResult> OnPostAddAsync(int regionId, string? department)
    {
        var outcome = await commands.AddDepartmentAsync(regionId, department, HttpContext.RequestAborted);
        if (outcome.Failure is { Kind: FailureKind.NotFound })
        {
            return NotFound();
        }
        if (outcome.Failure is { } failure)
        {
            RefusedRegion = regionId;
            failure.AddTo(ModelState, text, "", [], otherwise: "department");
            return await AgainAsync();
        }
        return Done("Web.Admin.Region.DepartmentAdded", department?.Trim(), outcome.Value!.Name);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int regionId, int departmentId)
    {
        var outcome = await commands.RemoveDepartmentAsync(regionId, departmentId, HttpContext.RequestAborted);
        return outcome.Succeeded ? Done("Web.Admin.Region.DepartmentRemoved", outcome.Value!.Name) : NotFound();
    }

    private RedirectResult Done(string key, params object?[] arguments)
    {
        TempData["Message"] = text.Format(key, arguments);
        return Redirect("/admin/regions");
    }

    private async Task<PageResult> AgainAsync()
    {
        Listing = await query.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
