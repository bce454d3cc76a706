using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Pages;

/// <summary>The server-rendered pages: content, scoping, encoding, antiforgery, the language switch and conflicts.</summary>
public sealed partial class PageTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Generated_demo_departments_come_with_actuals_so_the_overview_shows_their_grades(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);

        var overview = await TextAsync(client, "/?year=2020");

        Assert.Matches(GradeBadge(), overview);
    }

    [GeneratedRegex("class=\"badge grade-(excellent|good|fair|poor)\"")]
    private static partial Regex GradeBadge();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_main_page_renders_for_the_seed(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var page = $"/departments/{at.DepartmentId}/years/{at.Year}";
        var fund = $"{page}/funds/{goalSet!["funds"]![0]!["id"]}";
        var indicator = goalSet["funds"]![0]!["id"];

        var overview = await TextAsync(client, "/?year=2020&search=" + Uri.EscapeDataString("某县人民检察院"));
        var department = await TextAsync(client, page);
        var fundPage = await TextAsync(client, fund);
        var print = await TextAsync(client, page + "/print");
        Assert.Contains("演示数据", overview, StringComparison.Ordinal);
        Assert.Contains("（一）总体绩效目标", department, StringComparison.Ordinal);
        Assert.Contains("采纳率", fundPage, StringComparison.Ordinal);
        Assert.Contains("ladder-overlap", fundPage, StringComparison.Ordinal);
        Assert.Contains("2020年部门预算绩效信息", print, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(fund + "/indicators/new", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/import", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/departments/999999/years/2020/funds/{indicator}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Text_from_documents_is_encoded_not_executed(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var url = ApiClient.GoalSetUrl(at);
        await client.SendAsync(HttpMethod.Put, url + "/goals", new { goals = new[] { "<script>alert(1)</script>" }, subGoals = Array.Empty<string>(), safeguards = Array.Empty<string>() });

        var html = await TextAsync(client, $"/departments/{at.DepartmentId}/years/{at.Year}");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Forms_without_the_antiforgery_token_are_refused(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["goals"] = "x" });

        var response = await client.Http.PostAsync("/departments/1/years/2020/goals", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Stale_form_save_shows_the_conflict_and_keeps_the_users_input(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fundId = goalSet!["funds"]![0]!["id"];
        var (_, fund) = await client.GetAsync($"{ApiClient.GoalSetUrl(at)}/funds/{fundId}");
        var row = fund!["indicators"]![1]!;
        var edit = $"/departments/{at.DepartmentId}/years/{at.Year}/funds/{fundId}/indicators/{row["id"]}/edit";
        var token = PageForms.Token(await TextAsync(client, edit));
        await client.SendAsync(HttpMethod.Put, $"{ApiClient.GoalSetUrl(at)}/funds/{fundId}/indicators/{row["id"]}",
            new { level1 = "效益指标", level2 = "社会效益指标", name = "采纳率", target = "≥80优 ≥60良 ≥50中 <50差", version = 0 });

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Version"] = "0", ["Input.Level1"] = "效益指标", ["Input.Level2"] = "社会效益指标",
            ["Input.Name"] = "采纳率", ["Input.Target"] = "≥70优 ≥60良 ≥50中 <50差",
        });
        var response = await client.Http.PostAsync(edit, form, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("其他人已修改此指标", html, StringComparison.Ordinal);
        Assert.Contains("≥80优 ≥60良 ≥50中 &lt;50差", html, StringComparison.Ordinal);
        Assert.Contains("value=\"≥70优 ≥60良 ≥50中 &lt;50差\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_switch_sets_a_cookie_and_only_redirects_locally()
    {
        var client = await ClientAsync(DatabaseKind.Sqlite);

        var switched = await client.Http.GetAsync("/language/en?returnUrl=%2Fimport", TestContext.Current.CancellationToken);
        var english = await TextAsync(client, "/import");
        var outside = await client.Http.GetAsync("/language/zh?returnUrl=https%3A%2F%2Fevil.example", TestContext.Current.CancellationToken);

        Assert.Equal("/import", switched.Headers.Location?.OriginalString);
        Assert.Contains("Import a budget-performance disclosure", english, StringComparison.Ordinal);
        Assert.Equal("/", outside.Headers.Location?.OriginalString);
        await client.Http.GetAsync("/language/zh", TestContext.Current.CancellationToken);
    }

    private static async Task<string> TextAsync(ApiClient client, string url)
    {
        var response = await client.Http.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
