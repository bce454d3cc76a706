using Jixiao.Data.Accounts;
using Jixiao.Data.Rollup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Regions;

/// <summary>
/// 区划汇总: a region's year for its finance bureau — totals beside the year before, sub-regions side by side, the
/// stages' progress, findings by rule, grades and the score histogram; every figure links to its list. Without a region:
/// the regions the user may open (straight to the one when there is one).
/// </summary>
public sealed class IndexModel(RollupQuery query) : PageModel
{
    public IReadOnlyList<RegionRef> Entries { get; private set; } = [];

    public RegionRollup? Rollup { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? regionId, int? year)
    {
        var ct = HttpContext.RequestAborted;
        var access = UserAccess.Of(User);
        if (regionId is not { } id)
        {
            Entries = await query.EntryRegionsAsync(access, ct);
            return Entries.Count == 1 ? Redirect(RegionLinks.Page(Entries[0].Id, year)) : Page();
        }
        if (await query.RegionAsync(access, id, ct) is null)
        {
            return NotFound();
        }
        var years = await query.YearsAsync(access, id, ct);
        var shown = year ?? (years.Count > 0 ? years[0] : DateTime.UnixEpoch.Year);
        if (shown is < 1900 or > 2200)
        {
            return NotFound();
        }
        Rollup = await query.RollupAsync(access, id, shown, ct);
        return Rollup is null ? NotFound() : Page();
    }
}
