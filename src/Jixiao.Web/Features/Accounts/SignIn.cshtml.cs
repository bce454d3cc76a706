using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Jixiao.Web.Features.Accounts;

/// <summary>登录: user name and password (locked for 15 minutes after 5 failures); in demo mode, the demo accounts with one click.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInLimiter.Policy)]
public sealed class SignInModel(SignInManager<JixiaoUser> signIn, DemoAccounts demo, UiText text) : PageModel
{
    public IReadOnlyList<JixiaoUser> DemoUsers { get; private set; } = [];

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => DemoUsers = await demo.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            return await AgainAsync("Web.Account.Missing");
        }
        var outcome = await PasswordSignIn.SignInAsync(signIn, UserName.Trim(), Password);
        return outcome.Succeeded ? LocalRedirect(Back()) : await AgainAsync(outcome.ProblemKey!);
    }

    public async Task<IActionResult> OnPostDemoAsync(string? account)
    {
        if (await demo.FindAsync(account, HttpContext.RequestAborted) is not { } user)
        {
            return await AgainAsync("Web.Account.NoDemo");
        }
        if (user.IsDisabled)
        {
            return await AgainAsync("Web.Account.Disabled");
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Back());
    }

    private string Back() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    private async Task<IActionResult> AgainAsync(string problem)
    {
        Problem = text[problem];
        Password = null;
        DemoUsers = await demo.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
