using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Api;

/// <summary>
/// CSRF protection for the API: a change made with the browser's sign-in cookie must carry the page's
/// antiforgery token in <c>X-CSRF-TOKEN</c>. Requests with a bearer token are not sent by browsers on their own,
/// so they need none; endpoints open to anonymous users (signing in) change nothing a cookie could abuse.
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
            && http.Request.Headers.Authorization.Count == 0
            && http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
            && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: text["Web.Api.CsrfMissing"]);
        }
        return await next(context);
    }
}
