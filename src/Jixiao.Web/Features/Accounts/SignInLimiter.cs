using System.Globalization;
using System.Threading.RateLimiting;
using Jixiao.Web.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace Jixiao.Web.Features.Accounts;

/// <summary>
/// Sign-in attempts per client address (the sign-in form and <c>POST /api/v1/session</c>): at most
/// <see cref="SignInLimitOptions.PermitsPerMinute"/> a minute, answered 429 with Retry-After beyond that. Identity's
/// lockout stops guessing one user's password; this stops one address trying many users. Behind a proxy the address
/// is the client's only when forwarded headers are trusted (<see cref="Common.ProxyHeaders"/>); otherwise every user
/// shares the proxy's address, and so its limit. Reading the sign-in page is not limited.
/// </summary>
public sealed class SignInLimiter(Microsoft.Extensions.Options.IOptions<SignInLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "sign-in";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, cancellationToken) =>
    {
        rejected.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await ApiProblems.TooManySignIns().ExecuteAsync(rejected.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }
        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitsPerMinute, Window = Window, QueueLimit = 0,
        });
    }
}

/// <summary>Section <c>SignIn</c>.</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignIn";

    /// <summary>Sign-in attempts one client address may make a minute.</summary>
    public int PermitsPerMinute { get; set; } = 20;
}
