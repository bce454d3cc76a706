using Jixiao.Data.Administration;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Administration;

/// <summary>
/// 新增用户: name, display name, role with its department or region. The generated initial password is shown in the
/// answer to the post, once: it is not kept anywhere (no redirect, no temp data, not cached).
/// </summary>
public sealed class NewUserModel(UserCommands commands, UserQuery query, UiText text) : PageModel
{
    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    public ScopeChoices Choices { get; private set; } = new([], []);

    /// <summary>The user just created, with the password to hand over.</summary>
    public CreatedUser? Created { get; private set; }

    public async Task OnGetAsync() => Choices = await query.ChoicesAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await commands.CreateAsync(Input.ToNewUser(), password: null, HttpContext.RequestAborted);
        if (outcome.Failure is { } failure)
        {
            failure.AddTo(ModelState, text, nameof(Input), ["userName", "displayName", "role", "department", "region"]);
            Choices = await query.ChoicesAsync(HttpContext.RequestAborted);
            return Page();
        }
        Created = outcome.Value;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
