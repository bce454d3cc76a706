using System.Security.Claims;
using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Features.Accounts;

/// <summary>
/// A bearer token is a sealed copy of the user's claims for its hour; the bearer handler never looks the user up
/// again. This checks a bearer request's user against their security stamp as the sign-in cookie's validator does,
/// at most once per <see cref="AccountRegistration.SessionCheckInterval"/> for each user and stamp: the token of a
/// user deleted or disabled since, or issued before a role change or password reset, answers 401.
/// </summary>
public static class BearerSessionCheck
{
    public static IApplicationBuilder UseBearerSessionCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // The scheme that authenticated the request ("Identity.Bearer:AccessToken"; the identity's own type is Identity's
        // application scheme for cookie and token alike).
        var scheme = http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme;
        if (scheme is not null && scheme.StartsWith(IdentityConstants.BearerScheme, StringComparison.Ordinal) && !await IsCurrentAsync(http))
        {
            var text = http.RequestServices.GetRequiredService<UiText>();
            await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: text["Web.Api.SessionEnded"]).ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    private static async Task<bool> IsCurrentAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var key = (nameof(BearerSessionCheck), http.User.FindFirstValue(claims.UserIdClaimType), http.User.FindFirstValue(claims.SecurityStampClaimType));
        var cache = services.GetRequiredService<IMemoryCache>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (cache.TryGetValue(key, out DateTimeOffset checkedAt) && now - checkedAt < AccountRegistration.SessionCheckInterval)
        {
            return true;
        }
        if (await services.GetRequiredService<SignInManager<JixiaoUser>>().ValidateSecurityStampAsync(http.User) is null)
        {
            cache.Remove(key);
            return false;
        }
        cache.Set(key, now, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = AccountRegistration.SessionCheckInterval });
        return true;
    }
}
