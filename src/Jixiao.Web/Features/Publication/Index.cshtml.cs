using Jixiao.Data.Overview;
using Jixiao.Data.Publication;
using Jixiao.Web.Features.Overview;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Publication;

/// <summary>信息公开: the years with published goal sets and, for one year, the departments that published, without sign-in.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicationQuery query) : PageModel
{
    public IReadOnlyList<YearSummary> Years { get; private set; } = [];

    /// <summary>The chosen year's departments; null on /public, which lists the years only.</summary>
    public PublishedPage? Listing { get; private set; }

    public string? Search { get; private set; }

    public async Task OnGetAsync(int? year, int page = 1, string? search = null)
    {
        var ct = HttpContext.RequestAborted;
        Years = await query.YearsAsync(ct);
        Search = search;
        if (year is { } shown)
        {
            Listing = await query.DepartmentsAsync(shown, page, search, ct);
        }
    }
}
