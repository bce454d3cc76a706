using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Antiforgery;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Api;

/// <summary>
/// CSRF protection for the API: a change must carry the page's antiforgery token in <c>X-CSRF-TOKEN</c>, with one
/// exception stated exactly: a request that the bearer scheme authenticated and that carries no session cookie.
/// Browsers never add a bearer token on their own, so such a request cannot be forged; any other Authorization header
/// (<c>Basic …</c>, garbage) is no exemption, since the cookie would still authenticate it. Endpoints open to anonymous
/// users (signing in) change nothing a cookie could abuse.
/// </summary>
public sealed class CookieCsrfFilter(IAntiforgery antiforgery, UiText text) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var method = http.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        if (!safe
            && !IsBearerOnly(http)
            && http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
            && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Web.Api.CsrfMissing"]);
        }
        return await next(context);
    }

    /// <summary>Authenticated by a bearer token, with no session cookie (nor one of its chunks) sent along.</summary>
    public static bool IsBearerOnly(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var scheme = http.Features.Get<Microsoft.AspNetCore.Authentication.IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme;
        return scheme is not null && scheme.StartsWith(Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme, StringComparison.Ordinal)
            && !http.Request.Cookies.Keys.Any(k => k.StartsWith(AccountRegistration.SessionCookie, StringComparison.Ordinal));
    }
}
