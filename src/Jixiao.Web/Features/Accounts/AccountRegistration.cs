using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Features.Accounts;

/// <summary>
/// Sign-in with ASP.NET Core Identity: hashed passwords, lockout, expiring sessions. Browsers use a cookie
/// (and antiforgery tokens on every change); programs get a bearer token from <c>POST /api/v1/session</c>.
/// </summary>
public static class AccountRegistration
{
    /// <summary>The default scheme: a bearer token when the request carries one, else the sign-in cookie.</summary>
    public const string Scheme = "Jixiao";

    public const string SignInPath = "/account/sign-in";

    /// <summary>The sign-in cookie's name (large cookies are chunked as <c>jixiao.sessionC1</c> …).</summary>
    public const string SessionCookie = "jixiao.session";

    /// <summary>
    /// How long a sign-in cookie is trusted before the user is looked up again: a disabled or deleted user's open
    /// session ends, and a changed role takes effect, within this time; bearer tokens are checked as often (<see cref="BearerSessionCheck"/>).
    /// </summary>
    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddJixiaoAccounts(this IServiceCollection services)
    {
        services.AddJixiaoUsers()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<JixiaoClaimsFactory>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.AccessDeniedPath = "/account/denied";
            o.Events = new CookieAuthenticationEvents
            {
                // Identity's own handler, which a new events object would otherwise drop: a session whose user was deleted,
                // disabled or given another role is checked against the user's security stamp (SessionCheckInterval).
                OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                // The API answers with status codes; only pages redirect to the sign-in form.
                OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden),
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionCheckInterval);
        services.AddScoped<IAuthorizationHandler, DepartmentAccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeResultHandler>();
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.Name = "jixiao.csrf";
            // Secure over https (directly or behind a proxy whose forwarded headers are trusted), like the session cookie.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<DemoAccounts>();
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section);
        services.AddRateLimiter(o => o.AddPolicy<string, SignInLimiter>(SignInLimiter.Policy));
        return services;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
