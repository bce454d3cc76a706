using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>Reading, creating, revising, deleting and reordering indicators, with bad input and stale versions.</summary>
public sealed class IndicatorApiTests(TestApps apps) : IntegrationTest(apps)
{
    private static object NewIndicator(string name = "结案率", string target = "≥95%", int? version = null, decimal? weight = 10) => new
    {
        level1 = "产出指标", level2 = "质量指标", name, description = "结案数/受理数", target, basis = "计划标准", weight, direction = "正向", version,
    };

    private static async Task<(ApiClient Client, string Fund)> FundAsync(ApiClient client)
    {
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        return (client, $"{ApiClient.GoalSetUrl(at)}/funds/{goalSet!["funds"]![0]!["id"]}");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Fund_lists_the_six_seed_rows_in_order_with_the_ladder_understood(DatabaseKind kind)
    {
        var (client, fund) = await FundAsync(await ClientAsync(kind));

        var (status, body) = await client.GetAsync(fund);

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body!["indicators"]!.AsArray();
        Assert.Equal(["案件流转率", "采纳率", "涉检信访案件办结率"], rows.Select(r => (string)r!["name"]!));
        Assert.Equal("ladder", (string)rows[0]!["interpretation"]!["kind"]!);
        Assert.Equal(4, rows[0]!["interpretation"]!["steps"]!.AsArray().Count);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Created_indicator_is_added_at_the_end_and_can_be_read(DatabaseKind kind)
    {
        var (client, fund) = await FundAsync(await ClientAsync(kind));

        var (status, created) = await client.SendAsync(HttpMethod.Post, fund + "/indicators", NewIndicator());

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(3, (int)created!["position"]!);
        Assert.Equal("≥ 95 %, 正向", (string)created["interpretation"]!["summary"]!);
        var (readStatus, read) = await client.GetAsync($"{fund}/indicators/{created["id"]}");
        Assert.Equal(HttpStatusCode.OK, readStatus);
        Assert.Equal("结案率", (string)read!["name"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_input_is_a_problem_naming_the_wrong_field(DatabaseKind kind)
    {
        var (client, fund) = await FundAsync(await ClientAsync(kind));

        var (noName, missing) = await client.SendAsync(HttpMethod.Post, fund + "/indicators", NewIndicator(name: " "));
        var (badWeight, weight) = await client.SendAsync(HttpMethod.Post, fund + "/indicators", NewIndicator(weight: 150));

        Assert.Equal(HttpStatusCode.BadRequest, noName);
        Assert.Equal("name", (string)missing!["field"]!);
        Assert.NotNull(missing["errors"]!["name"]);
        Assert.Equal(HttpStatusCode.BadRequest, badWeight);
        Assert.Equal("weight", (string)weight!["field"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Stale_save_gets_409_with_the_current_row_and_changes_nothing(DatabaseKind kind)
    {
        var (client, fund) = await FundAsync(await ClientAsync(kind));
        var (_, created) = await client.SendAsync(HttpMethod.Post, fund + "/indicators", NewIndicator());
        var url = $"{fund}/indicators/{created!["id"]}";

        var (first, saved) = await client.SendAsync(HttpMethod.Put, url, NewIndicator(target: "≥96%", version: 0));
        var (second, conflict) = await client.SendAsync(HttpMethod.Put, url, NewIndicator(target: "≥90%", version: 0));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(1, (int)saved!["version"]!);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Equal("version", (string)conflict!["field"]!);
        Assert.Equal("≥96%", (string)conflict["current"]!["target"]!);
        var (_, read) = await client.GetAsync(url);
        Assert.Equal("≥96%", (string)read!["target"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Delete_needs_the_current_version(DatabaseKind kind)
    {
        var (client, fund) = await FundAsync(await ClientAsync(kind));
        var (_, created) = await client.SendAsync(HttpMethod.Post, fund + "/indicators", NewIndicator());
        var url = $"{fund}/indicators/{created!["id"]}";

        var (withoutVersion, _) = await client.SendAsync(HttpMethod.Delete, url);
        var (stale, _) = await client.SendAsync(HttpMethod.Delete, url + "?version=7");
        var (deleted, _) = await client.SendAsync(HttpMethod.Delete, url + "?version=0");
        var (gone, _) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, withoutVersion);
        Assert.Equal(HttpStatusCode.Conflict, stale);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, gone);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reorder_takes_every_id_once_and_refuses_anything_else(DatabaseKind kind)
    {
        var (client, fund) = await FundAsync(await ClientAsync(kind));
        var (_, body) = await client.GetAsync(fund);
        var ids = body!["indicators"]!.AsArray().Select(r => (int)r!["id"]!).ToList();

        var (ok, reordered) = await client.SendAsync(HttpMethod.Put, fund + "/indicators/order", new { order = Enumerable.Reverse(ids).ToArray() });
        var (partial, problem) = await client.SendAsync(HttpMethod.Put, fund + "/indicators/order", new { order = ids.Take(2).ToArray() });

        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(["涉检信访案件办结率", "采纳率", "案件流转率"], reordered!.AsArray().Select(r => (string)r!["name"]!));
        Assert.Equal(HttpStatusCode.BadRequest, partial);
        Assert.Equal("order", (string)problem!["field"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Ids_of_another_department_are_not_found(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (_, fund) = await FundAsync(client);
        var other = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var fundId = fund.Split('/')[^1];

        var (status, problem) = await client.GetAsync($"{ApiClient.GoalSetUrl(other)}/funds/{fundId}");
        var (wrongYear, _) = await client.GetAsync(fund.Replace("/years/2020/", "/years/2021/", StringComparison.Ordinal));
        var (edit, _) = await client.SendAsync(HttpMethod.Post, $"{ApiClient.GoalSetUrl(other)}/funds/{fundId}/indicators", NewIndicator());

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.NotNull(problem!["detail"]);
        Assert.Equal(HttpStatusCode.NotFound, wrongYear);
        Assert.Equal(HttpStatusCode.NotFound, edit);
    }
}
