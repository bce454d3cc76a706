using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Data.Accounts;
using Jixiao.Data.Demo;
using Jixiao.Data.Persistence;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// Sessions end on the server (issue 13, item 5): signing out and turning the demo off change the security stamp, so a
/// copied cookie stops working at its next check; sign-in answers do not tell which user names exist; the CSRF
/// exemption is only for bearer-authenticated requests without a cookie.
/// </summary>
public sealed class SessionEndTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan PastTheCheck = AccountRegistration.SessionCheckInterval + TimeSpan.FromSeconds(10);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_cookie_copied_before_sign_out_stops_working_at_its_next_check(DatabaseKind kind)
    {
        var clock = new ManualClock();
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false, clock: clock);
        var name = "out-" + Guid.NewGuid().ToString("N")[..8];
        var password = await app.AddAsync(name, UserRole.Administrator);
        using var browser = await CookieSession.SignInAsync(app, name, password);
        var copy = await RawSession.SignInAsync(app, name, password);

        Assert.Equal(HttpStatusCode.OK, await copy.GetAsync(app, "/admin/users"));
        var page = await browser.GetStringAsync("/admin/users", Ct);
        using var signOut = await browser.PostAsync("/account/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = CookieSession.TokenIn(page) }), Ct);
        clock.Advance(PastTheCheck);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await copy.GetAsync(app, "/admin/users"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Turning_the_demo_off_disables_the_demo_accounts_and_ends_their_sessions(DatabaseKind kind)
    {
        var clock = new ManualClock();
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: true, clock: clock);
        var demo = await RawSession.DemoAsync(app, "demo-admin");
        Assert.Equal(HttpStatusCode.OK, await demo.GetAsync(app, "/admin/users"));

        // What the start with --Demo:Seed=false does on the same database.
        await using (var scope = app.CreateScope())
        {
            var off = new DemoAccounts(scope.ServiceProvider.GetRequiredService<JixiaoDb>(), scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>(),
                Options.Create(new DemoOptions { Seed = false }));
            Assert.Equal(4, await off.EndWhenOffAsync(Ct));
            Assert.Equal(0, await off.EndWhenOffAsync(Ct));
        }
        clock.Advance(PastTheCheck);

        Assert.Equal(HttpStatusCode.Redirect, await demo.GetAsync(app, "/admin/users"));
        await using var check = app.CreateScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>();
        Assert.True((await users.FindByNameAsync("demo-admin"))!.IsDisabled);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Sign_in_answers_the_same_for_an_unknown_name_and_a_wrong_password_in_about_the_same_time(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var name = "known-" + Guid.NewGuid().ToString("N")[..8];
        await app.AddAsync(name, UserRole.DepartmentViewer, departmentId: 1);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        async Task<(string Body, TimeSpan Took)> AttemptAsync(string userName)
        {
            var clock = Stopwatch.StartNew();
            using var answer = await client.PostAsJsonAsync("/api/v1/session", new { userName, password = "wrong-password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            var problem = JsonNode.Parse(await answer.Content.ReadAsStringAsync(Ct))!;
            return ($"{problem["title"]} {problem["detail"]}", clock.Elapsed);
        }
        var known = new List<(string Body, TimeSpan Took)>();
        var unknown = new List<(string Body, TimeSpan Took)>();
        for (var i = 0; i < 4; i++)
        {
            known.Add(await AttemptAsync(name));
            unknown.Add(await AttemptAsync("nobody-" + Guid.NewGuid().ToString("N")[..8]));
        }
        using var form = await CookieSession.PostSignInAsync(client, "nobody-at-all", "x");
        using var formKnown = await CookieSession.PostSignInAsync(client, name, "x");

        Assert.Single(known.Concat(unknown).Select(a => a.Body).Distinct());
        // An unknown name costs one password hash too (without the stand-in it answered in ~5 ms, a known one in ~100 ms):
        // compared with a hash verified here, so that a loaded machine slows both sides alike.
        var hasher = new PasswordHasher<JixiaoUser>();
        var hash = hasher.HashPassword(null!, "some-password-here");
        var hashing = Enumerable.Range(0, 3).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            hasher.VerifyHashedPassword(null!, hash, "wrong-password");
            return clock.Elapsed;
        }).Min();
        var fast = unknown.Min(a => a.Took);
        Assert.True(fast > hashing / 2, $"unknown name {fast.TotalMilliseconds:F0} ms, one hash {hashing.TotalMilliseconds:F0} ms, known name {known.Min(a => a.Took).TotalMilliseconds:F0} ms");
        Assert.Equal(Problem(await form.Content.ReadAsStringAsync(Ct)), Problem(await formKnown.Content.ReadAsStringAsync(Ct)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Any_authorization_header_but_a_valid_bearer_token_still_needs_the_antiforgery_token(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var at = await (await ClientAsync(kind)).ImportSeedAsync(ApiClient.UniqueDepartment());
        var name = "csrf-" + Guid.NewGuid().ToString("N")[..8];
        var password = await app.AddAsync(name, UserRole.Administrator);
        using var browser = await CookieSession.SignInAsync(app, name, password);
        var url = ApiClient.GoalSetUrl(at) + "/goals";
        var body = new { goals = new[] { "目标" }, subGoals = Array.Empty<string>(), safeguards = Array.Empty<string>() };

        using var basic = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        basic.Headers.TryAddWithoutValidation("Authorization", "Basic eDp5");
        using var withBasic = await browser.SendAsync(basic, Ct);
        using var bearer = await app.SignedInClientAsync(name, password);
        using var withBearer = await bearer.PutAsJsonAsync(url, body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withBasic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withBearer.StatusCode);
    }

    private static string Problem(string page) => System.Text.RegularExpressions.Regex.Match(page, "role=\"alert\"[^>]*>([^<]*)<").Groups[1].Value;

    /// <summary>A session cookie as raw text, the way an attacker would copy it, sent without any cookie handling.</summary>
    private sealed class RawSession(string cookie)
    {
        public static async Task<RawSession> SignInAsync(JixiaoApp app, string userName, string password) =>
            await PostAsync(app, "/account/sign-in", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

        public static async Task<RawSession> DemoAsync(JixiaoApp app, string account) =>
            await PostAsync(app, "/account/sign-in?handler=Demo", new Dictionary<string, string> { ["account"] = account });

        private static async Task<RawSession> PostAsync(JixiaoApp app, string url, Dictionary<string, string> fields)
        {
            using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            using var form = await client.GetAsync("/account/sign-in", Ct);
            var csrf = Cookie(form, "jixiao.csrf");
            fields["__RequestVerificationToken"] = CookieSession.TokenIn(await form.Content.ReadAsStringAsync(Ct));
            using var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
            post.Headers.Add("Cookie", csrf);
            using var answer = await client.SendAsync(post, Ct);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            return new RawSession(Cookie(answer, AccountRegistration.SessionCookie));
        }

        public async Task<HttpStatusCode> GetAsync(JixiaoApp app, string url)
        {
            using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", cookie);
            using var answer = await client.SendAsync(request, Ct);
            return answer.StatusCode;
        }

        private static string Cookie(HttpResponseMessage answer, string name) =>
            answer.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith(name + "=", StringComparison.Ordinal));
    }
}
