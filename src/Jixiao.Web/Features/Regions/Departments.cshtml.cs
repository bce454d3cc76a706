using Jixiao.Data.Accounts;
using Jixiao.Data.Rollup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Regions;

/// <summary>The department-years behind a figure of a region page: filtered, sorted, paged, exported to XLSX.</summary>
public sealed class DepartmentsModel(RollupQuery rollups, RegionDepartmentsQuery query, TimeProvider clock) : PageModel
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public RegionRef Region { get; private set; } = null!;

    public int Year { get; private set; }

    public DepartmentFilter Filter { get; private set; } = new();

    public RegionDepartmentPage Listing { get; private set; } = new(1, 0, []);

    /// <summary>The query parameter that could not be read, shown instead of the list.</summary>
    public string? Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync(int regionId, int? year, int page = 1)
    {
        var input = (await FilterInput.BindAsync(HttpContext))!;
        var ct = HttpContext.RequestAborted;
        var access = UserAccess.Of(User);
        if (await rollups.RegionAsync(access, regionId, ct) is not { } region)
        {
            return NotFound();
        }
        Region = region;
        Year = year ?? (await rollups.YearsAsync(access, regionId, ct) is [var newest, ..] ? newest : DateTime.UnixEpoch.Year);
        Filter = input.ToFilter();
        Invalid = input.Invalid;
        if (Invalid is null)
        {
            Listing = await query.PageAsync(access, regionId, Year, Filter, page, ct);
        }
        return Page();
    }
}
