using Jixiao.Data.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Publication;

/// <summary>
/// 已公开的部门预算绩效信息 of a department's year, for everyone: the published version's frozen snapshot in the
/// official layout, with its downloads. Not published (or unknown): 404, never the working copy.
/// </summary>
[AllowAnonymous]
public sealed class DisclosureModel(PublicationQuery query) : PageModel
{
    public PublishedDisclosure? Published { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, int departmentId)
    {
        Published = await query.DisclosureAsync(departmentId, year, HttpContext.RequestAborted);
        return Published is null ? NotFound() : Page();
    }
}
