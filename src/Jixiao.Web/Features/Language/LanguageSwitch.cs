using Microsoft.AspNetCore.Localization;

namespace Jixiao.Web.Features.Language;

/// <summary>中文 / English: GET /language/{zh|en}?returnUrl=… sets the culture cookie and goes back.</summary>
public static class LanguageSwitch
{
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext http) =>
        {
            var culture = language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // Only local paths: an open redirect would let a link to Jixiao send users anywhere.
            var target = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl : "/";
            return TypedResults.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
}
