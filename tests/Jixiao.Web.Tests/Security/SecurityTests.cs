using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

/// <summary>CSRF, lockout, encoding of user text in every page and export, and the security headers.</summary>
public sealed class SecurityTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_API_change_with_the_session_cookie_needs_the_antiforgery_header(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var at = await (await ClientAsync(kind)).ImportSeedAsync(ApiClient.UniqueDepartment());
        var name = "cookie-" + Guid.NewGuid().ToString("N")[..8];
        var password = await app.AddAsync(name, UserRole.Administrator);
        using var browser = await CookieSession.SignInAsync(app, name, password);
        var url = ApiClient.GoalSetUrl(at) + "/goals";
        var body = new { goals = new[] { "目标" }, subGoals = Array.Empty<string>(), safeguards = Array.Empty<string>() };

        using var without = await browser.PutAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        var page = await browser.GetStringAsync($"/departments/{at.DepartmentId}/years/{at.Year}", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", CookieSession.TokenIn(page));
        using var with = await browser.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await without.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var name = "lock-" + Guid.NewGuid().ToString("N")[..8];
        var password = await app.AddAsync(name, UserRole.Administrator);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await CookieSession.PostSignInAsync(client, name, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await CookieSession.PostSignInAsync(client, name, password);
        using var api = await client.PostAsJsonAsync("/api/v1/session", new { userName = name, password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已锁定", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Script_in_an_indicator_name_is_text_in_every_page_and_export(DatabaseKind kind)
    {
        const string script = "<script>alert('x')</script>";
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fundId = goalSet!["funds"]![0]!["id"];
        var (_, fund) = await client.GetAsync($"{ApiClient.GoalSetUrl(at)}/funds/{fundId}");
        var indicator = fund!["indicators"]![0]!;
        var (saved, _) = await client.SendAsync(HttpMethod.Put, $"{ApiClient.GoalSetUrl(at)}/funds/{fundId}/indicators/{indicator["id"]}",
            new { level1 = "产出指标", level2 = "数量指标", name = script, target = "≥90%", version = (int)indicator["version"]! });
        Assert.Equal(HttpStatusCode.OK, saved);
        var page = $"/departments/{at.DepartmentId}/years/{at.Year}";
        string[] pages = [page + "/print", $"{page}/funds/{fundId}", $"{page}/funds/{fundId}/evaluation", $"{page}/funds/{fundId}/indicators/{indicator["id"]}/edit",
            ApiClient.GoalSetUrl(at) + "/export?format=html"];

        Assert.DoesNotContain(script, await client.Http.GetStringAsync(page, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        foreach (var url in pages)
        {
            var html = await client.Http.GetStringAsync(url, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(script, html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
        foreach (var format in new[] { "docx", "xlsx" })
        {
            var bytes = await client.Http.GetByteArrayAsync(ApiClient.GoalSetUrl(at) + "/export?format=" + format, TestContext.Current.CancellationToken);
            var xml = await XmlPartsAsync(bytes);
            Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
            Assert.Contains("&lt;script", xml, StringComparison.Ordinal);
        }
        using var json = await client.Http.GetAsync(ApiClient.GoalSetUrl(at) + "/export?format=json", TestContext.Current.CancellationToken);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", json.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var client = await ClientAsync(DatabaseKind.Sqlite);

        using var response = await client.Http.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    /// <summary>Every XML part of an Office package, one after the other.</summary>
    private static async Task<string> XmlPartsAsync(byte[] package)
    {
        await using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
        return text.ToString();
    }
}
