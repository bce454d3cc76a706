using Jixiao.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Accounts;

/// <summary>
/// 退出: ends the session (a form post, so another site cannot sign the user out) on the server too: the user's security
/// stamp changes, so a copy of the cookie (or a bearer token) taken before stops working at its next check
/// (<see cref="AccountRegistration.SessionCheckInterval"/>), not when it expires hours later.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<JixiaoUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return Redirect(AccountRegistration.SignInPath);
    }
}
