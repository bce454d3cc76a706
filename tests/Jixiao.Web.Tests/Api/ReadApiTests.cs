using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>Years, departments, goal sets, findings, goal editing, target interpretation and the OpenAPI document.</summary>
public sealed class ReadApiTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Demo_data_lists_the_seed_procuratorate_and_generated_departments_marked_as_demo(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);

        var (_, years) = await client.GetAsync("/api/v1/years");
        var (_, page) = await client.GetAsync("/api/v1/years/2020/departments?search=" + Uri.EscapeDataString("某县人民检察院"));
        var (_, all) = await client.GetAsync("/api/v1/years/2020/departments");

        Assert.Contains(years!.AsArray(), y => (int)y!["year"]! == 2020);
        var seed = Assert.Single(page!["departments"]!.AsArray());
        Assert.True((bool)seed!["isDemo"]!);
        Assert.Equal(6, (int)seed["indicators"]!);
        Assert.True(all!["departments"]!.AsArray().Count(d => (bool)d!["isDemo"]!) >= 7);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Findings_name_the_overlap_on_the_adoption_rate(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());

        var (status, findings) = await client.GetAsync(ApiClient.GoalSetUrl(at) + "/findings");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(findings!.AsArray(), f => (string)f!["rule"]! == "ladder-overlap" && (string)f["indicator"]! == "采纳率" && (string)f["step"]! == "≥60中");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Findings_follow_an_edit_at_once(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var url = ApiClient.GoalSetUrl(at);
        var (_, before) = await client.GetAsync(url + "/findings");
        var (_, goalSet) = await client.GetAsync(url);
        var fund = $"{url}/funds/{goalSet!["funds"]![0]!["id"]}";
        var (_, table) = await client.GetAsync(fund);
        var adoption = table!["indicators"]![1]!;

        var (saved, _) = await client.SendAsync(HttpMethod.Put, $"{fund}/indicators/{adoption["id"]}", new
        {
            level1 = "效果指标", level2 = "社会效益指标", name = "采纳率", description = (string?)adoption["description"],
            target = "≥70优 ≥60良 ≥50中 <50差", basis = (string?)adoption["basis"], version = (int)adoption["version"]!,
        });
        var (_, after) = await client.GetAsync(url + "/findings");

        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Contains(before!.AsArray(), f => (string)f!["rule"]! == "ladder-overlap");
        Assert.DoesNotContain(after!.AsArray(), f => (string)f!["rule"]! == "ladder-overlap");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Stored_actuals_are_scored_by_the_evaluation(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var url = ApiClient.GoalSetUrl(at);
        var (_, goalSet) = await client.GetAsync(url);
        var fund = $"{url}/funds/{goalSet!["funds"]![0]!["id"]}";
        var (_, table) = await client.GetAsync(fund);
        var flow = (int)table!["indicators"]![0]!["id"]!;

        var (saved, _) = await client.SendAsync(HttpMethod.Put, fund + "/actuals", new
        {
            budgetAnnual = "120万元", budgetExecuted = "114万元", indicators = new[] { new { indicatorId = flow, actual = "98%", reason = "" } },
        });
        var (wrongId, _) = await client.SendAsync(HttpMethod.Put, fund + "/actuals", new { indicators = new[] { new { indicatorId = 999999, actual = "1" } } });
        var (status, evaluation) = await client.GetAsync(url + "/evaluation");

        Assert.Equal(HttpStatusCode.NoContent, saved);
        Assert.Equal(HttpStatusCode.NotFound, wrongId);
        Assert.Equal(HttpStatusCode.OK, status);
        var scored = evaluation!["funds"]![0]!["indicators"]![0]!;
        Assert.Equal("优", (string)scored["grade"]!);
        Assert.Equal(50m, (decimal)scored["score"]!);
        Assert.Equal(0.95m, (decimal)evaluation["funds"]![0]!["budget"]!["rate"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Goal_statements_are_replaced_in_order(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var url = ApiClient.GoalSetUrl(at);
        var (_, goalSet) = await client.GetAsync(url);
        var fundUrl = $"{url}/funds/{goalSet!["funds"]![1]!["id"]}";

        var (overall, revised) = await client.SendAsync(HttpMethod.Put, url + "/goals", new { goals = new[] { "乙", " ", "甲" }, subGoals = new[] { "丙" }, safeguards = Array.Empty<string>() });
        var (fundStatus, fund) = await client.SendAsync(HttpMethod.Put, fundUrl + "/goals", new { goals = new[] { "保障办公场所" } });
        var (tooMany, problem) = await client.SendAsync(HttpMethod.Put, url + "/goals", new { goals = Enumerable.Repeat("x", 101).ToArray() });

        Assert.Equal(HttpStatusCode.OK, overall);
        Assert.Equal(["乙", "甲"], revised!["goals"]!.AsArray().Select(g => (string)g!));
        Assert.Empty(revised["safeguards"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, fundStatus);
        Assert.Equal("保障办公场所", (string)fund!["goals"]![0]!);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany);
        Assert.Equal("goals", (string)problem!["field"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unknown_goal_sets_are_404_problems(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);

        var (goalSet, problem) = await client.GetAsync("/api/v1/departments/999999/years/2020");
        var (export, _) = await client.GetAsync("/api/v1/departments/999999/years/2020/export");
        var (findings, _) = await client.GetAsync("/api/v1/departments/999999/years/2020/findings");

        Assert.Equal(HttpStatusCode.NotFound, goalSet);
        Assert.Equal(404, (int)problem!["status"]!);
        Assert.Equal(HttpStatusCode.NotFound, export);
        Assert.Equal(HttpStatusCode.NotFound, findings);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Target_interpretation_explains_a_ladder_and_its_defects(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);

        var (status, hint) = await client.SendAsync(HttpMethod.Post, "/api/v1/targets/interpret", new { text = "≥70优 ≥60良 ≥60中" });
        var (_, cost) = await client.SendAsync(HttpMethod.Post, "/api/v1/targets/interpret", new { text = "30万元", level2 = "成本指标" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["优", "良", "中"], hint!["steps"]!.AsArray().Select(s => (string)s!["gradeName"]!));
        Assert.Contains(hint["problems"]!.AsArray(), p => ((string)p!).Contains("重叠", StringComparison.Ordinal));
        Assert.StartsWith("≤", (string)cost!["summary"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        var client = await ClientAsync(DatabaseKind.Sqlite);

        var (status, document) = await client.GetAsync("/openapi/v1.json");
        var reference = await client.Http.GetAsync("/api", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, status);
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/imports", paths);
        Assert.Contains("/api/v1/departments/{departmentId}/years/{year}/funds/{fundId}/indicators/{indicatorId}", paths);
        Assert.True(reference.IsSuccessStatusCode || reference.StatusCode == HttpStatusCode.Redirect);
    }
}
