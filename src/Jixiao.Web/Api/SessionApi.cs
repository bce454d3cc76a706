using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Api;

/// <summary>
/// POST /api/v1/session: a program signs in with a user name and password and gets a bearer token
/// (<c>Authorization: Bearer …</c>, valid for an hour). Failures count towards the same lockout as the sign-in page.
/// </summary>
public static class SessionApi
{
    public static void MapSessionApi(this RouteGroupBuilder api) =>
        api.MapPost("/session", SignInAsync).WithTags("Session").AllowAnonymous().RequireRateLimiting(SignInLimiter.Policy)
            .WithSummary("Signs in and answers a bearer token (accessToken, expiresIn, refreshToken).");

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> SignInAsync(SessionRequest request, SignInManager<JixiaoUser> signIn, UiText text)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Failure.Invalid("userName", "Web.Account.Missing").ToProblem();
        }
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var outcome = await PasswordSignIn.SignInAsync(signIn, request.UserName.Trim(), request.Password);
        // On success the bearer handler has written the token response. Every failure is the same 401.
        return outcome.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: text["Web.Api.SignInFailed"]);
    }
}

public sealed record SessionRequest(string? UserName, string? Password);
