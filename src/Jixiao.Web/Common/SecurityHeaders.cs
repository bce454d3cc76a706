namespace Jixiao.Web.Common;

/// <summary>
/// Security headers on every answer: no framing, no MIME sniffing, no referrer to other sites, and a content
/// security policy that allows only our own scripts and styles (the pages have no inline script or style). The
/// API reference page (Scalar) needs inline script and style, so it alone gets those.
/// </summary>
public static class SecurityHeaders
{
    private const string Strict =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiReference =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                    && !context.Request.Path.StartsWithSegments("/api/v1", StringComparison.Ordinal)
                    ? ApiReference
                    : Strict;
                return Task.CompletedTask;
            });
            await next(context);
        });
}
