using Jixiao.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Accounts;

/// <summary>退出: ends the session (a form post, so another site cannot sign the user out).</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<JixiaoUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(AccountRegistration.SignInPath);
    }
}
