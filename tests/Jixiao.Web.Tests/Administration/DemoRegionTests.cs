using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Administration;

/// <summary>The demo's regions hold its departments, so the demo finance reviewer has something to review.</summary>
public sealed class DemoRegionTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_demo_reviewer_sees_the_seed_department_placed_in_the_demo_county(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        using var reviewer = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await reviewer.GetStringAsync("/account/sign-in", Ct);
        using var demo = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CookieSession.TokenIn(form), ["account"] = "demo-reviewer",
        });
        using var signedIn = await reviewer.PostAsync("/account/sign-in?handler=Demo", demo, Ct);

        var overview = await reviewer.GetStringAsync("/?year=2020", Ct);
        var regions = await (await AdminPages.SignInAsync(app)).GetAsync("/admin/regions");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("某县人民检察院", overview, StringComparison.Ordinal);
        var county = System.Text.RegularExpressions.Regex.Match(regions.Html, "<th scope=\"row\"[^>]*>某县\\s*</th>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<td>某县财政局</td>", county, StringComparison.Ordinal);
        Assert.Contains("某县人民检察院", county, StringComparison.Ordinal);
        Assert.Contains("demo-reviewer", county, StringComparison.Ordinal);
    }
}
