using System.Security.Cryptography;
using Jixiao.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Features.Accounts;

/// <summary>What a password sign-in answered: success, or the one message the user may be shown.</summary>
public sealed record PasswordSignInOutcome(bool Succeeded, string? ProblemKey);

/// <summary>
/// Signing in with a password, the same for the form and the API, so that the answer tells nothing about which user
/// names exist (issue 13, item 5). Every attempt verifies exactly one password hash — the user's, or for an unknown
/// name (or an account without a password) a fixed hash of a random password — so that an unknown name costs the
/// ~100 ms a known one does instead of 5 ms. The answer is "wrong name or password" unless the password was right:
/// only then does a locked or disabled account say so.
/// </summary>
public static class PasswordSignIn
{
    private static readonly Lazy<string> StandIn = new(() =>
        new PasswordHasher<JixiaoUser>().HashPassword(null!, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    public static async Task<PasswordSignInOutcome> SignInAsync(SignInManager<JixiaoUser> signIn, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        if (user is null || !await users.HasPasswordAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(null!, StandIn.Value, password);
            return new(false, "Web.Account.Failed");
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new(true, null);
        }
        // A locked-out attempt is refused before the password is checked: check it here, both for the time it takes and
        // so that only someone who knows the password learns that the account is locked or disabled.
        if (result.IsLockedOut && await users.CheckPasswordAsync(user, password))
        {
            return new(false, user.IsDisabled ? "Web.Account.Disabled" : "Web.Account.LockedOut");
        }
        return new(false, "Web.Account.Failed");
    }
}
