using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Data.Accounts;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Production;

/// <summary>
/// What the app does behind a TLS proxy and against password spraying: forwarded headers from a trusted proxy (loopback
/// here) make the sign-in and antiforgery cookies <c>Secure</c>; one address gets a limited number of sign-in attempts a
/// minute (answered 429 with Retry-After), on the form and the API alike.
/// </summary>
public sealed class EdgeOfTheProxyTests
{
    [Fact]
    public async Task Behind_a_trusted_proxy_on_https_the_session_and_antiforgery_cookies_are_secure()
    {
        await using var app = new JixiaoApp(DatabaseKind.Sqlite, null, demo: false, kestrel: true);
        var password = await app.AddAsync("proxied-user", UserRole.Administrator);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.ServerAddress };

        var (plainCookies, _) = await SignInAsync(http, "proxied-user", password, forwardedProto: null);
        var (proxiedCookies, status) = await SignInAsync(http, "proxied-user", password, forwardedProto: "https");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains(proxiedCookies, c => c.StartsWith("jixiao.session=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(proxiedCookies, c => c.StartsWith("jixiao.csrf=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plainCookies, c => c.StartsWith("jixiao.session=", StringComparison.Ordinal) && !c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_of_an_address_are_answered_429_on_the_form_and_the_api()
    {
        await using var app = new JixiaoApp(DatabaseKind.Sqlite, null, demo: false, settings: new Dictionary<string, string?> { ["SignIn:PermitsPerMinute"] = "3" });
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/session", new { userName = "nobody", password = "wrong" }, TestContext.Current.CancellationToken);
            statuses.Add(wrong.StatusCode);
        }

        using var api = await client.PostAsJsonAsync("/api/v1/session", new { userName = "nobody", password = "wrong" }, TestContext.Current.CancellationToken);
        var problem = JsonNode.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("60", api.Headers.RetryAfter?.ToString());
        Assert.Equal("登录尝试过于频繁", (string?)problem["title"]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
    }

    /// <summary>Reads the sign-in form and posts it, as a browser behind a proxy would (<paramref name="forwardedProto"/>); answers the cookies set.</summary>
    private static async Task<(List<string> Cookies, HttpStatusCode Status)> SignInAsync(HttpClient http, string userName, string password, string? forwardedProto)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        if (forwardedProto is not null)
        {
            get.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        using var form = await http.SendAsync(get, TestContext.Current.CancellationToken);
        var cookies = form.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = CookieSession.TokenIn(await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)),
                ["UserName"] = userName, ["Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        if (forwardedProto is not null)
        {
            post.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        using var answer = await http.SendAsync(post, TestContext.Current.CancellationToken);
        cookies.AddRange(answer.Headers.TryGetValues("Set-Cookie", out var more) ? more : []);
        return (cookies, answer.StatusCode);
    }
}
