using Jixiao.Data.Administration;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Administration;

/// <summary>用户管理: every user with role, scope and sign-in state, found by name, 50 a page.</summary>
public sealed class UsersModel(UserQuery query, TimeProvider clock) : PageModel
{
    public UserPage Listing { get; private set; } = new([], 1, 0);

    public string? Search { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(string? search, int page = 1)
    {
        Search = search;
        Now = clock.GetUtcNow();
        Listing = await query.ListAsync(search, page, HttpContext.RequestAborted);
    }
}
