using Jixiao.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Accounts;

/// <summary>无权操作: the user may see the department but not do this with it (403).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
