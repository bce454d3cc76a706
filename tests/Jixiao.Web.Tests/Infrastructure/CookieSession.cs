using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>A browser-like client: signs in through the sign-in form and keeps the session cookie.</summary>
public static partial class CookieSession
{
    public static async Task<HttpClient> SignInAsync(JixiaoApp app, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var answer = await PostSignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync("/account/sign-in", TestContext.Current.CancellationToken);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenIn(form), ["UserName"] = userName, ["Password"] = password,
        });
        return await client.PostAsync("/account/sign-in", content, TestContext.Current.CancellationToken);
    }

    /// <summary>The first antiforgery token of a page.</summary>
    public static string TokenIn(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
