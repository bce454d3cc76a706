using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Cycle;

/// <summary>
/// The web app's self-evaluation binds what it stores by indicator id: two indicators of the same name are each scored
/// with their own value; the 填报得分 and the 年初预算数 a department types are stored, and an entered score the rules
/// disagree with is flagged (score-mismatch) as the CLI does.
/// </summary>
public sealed class SelfEvaluationByIdTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_indicators_of_the_same_name_score_with_their_own_values(DatabaseKind kind)
    {
        var (client, at, fundUrl) = await SeedFundAsync(kind);
        var twins = new List<int>();
        foreach (var who in new[] { "办案人员", "来访群众" })
        {
            var (created, body) = await client.SendAsync(HttpMethod.Post, fundUrl + "/indicators", new
            {
                level1 = "满意度指标", level2 = "服务对象满意度指标", name = "服务对象满意度", description = who + "满意度",
                target = "≥90%", basis = "计划标准",
            });
            Assert.Equal(HttpStatusCode.Created, created);
            twins.Add((int)body!["id"]!);
        }

        var (saved, _) = await client.SendAsync(HttpMethod.Put, fundUrl + "/actuals", new
        {
            indicators = new[] { new { indicatorId = twins[0], actual = "95%", reason = "" }, new { indicatorId = twins[1], actual = "80%", reason = "来访高峰期等待时间长" } },
        });
        Assert.Equal(HttpStatusCode.NoContent, saved);

        var scored = (await EvaluatedFundAsync(client, at)).Where(i => (string?)i["name"] == "服务对象满意度").ToList();
        Assert.Equal(["95%", "80%"], scored.Select(i => (string?)i["actual"]));
        Assert.True((decimal)scored[0]["score"]! > (decimal)scored[1]["score"]!);
        Assert.True((decimal)scored[1]["score"]! > 0);
        Assert.Equal("来访高峰期等待时间长", (string?)scored[1]["reason"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_entered_score_and_the_initial_budget_are_stored_and_a_disagreeing_score_is_flagged(DatabaseKind kind)
    {
        var (client, at, fundUrl) = await SeedFundAsync(kind);
        var (_, table) = await client.GetAsync(fundUrl);
        var first = table!["indicators"]![0]!;

        var (saved, _) = await client.SendAsync(HttpMethod.Put, fundUrl + "/actuals", new
        {
            budgetInitial = "100万元", budgetAnnual = "120万元", budgetExecuted = "114万元", budgetScore = "10",
            indicators = new[] { new { indicatorId = (int)first["id"]!, actual = "98%", reason = "", score = "1" } },
        });
        Assert.Equal(HttpStatusCode.NoContent, saved);

        var (_, evaluation) = await client.GetAsync(ApiClient.GoalSetUrl(at) + "/evaluation");
        var fund = evaluation!["funds"]![0]!;
        var indicator = fund["indicators"]![0]!;
        Assert.Equal(1m, (decimal)indicator["enteredScore"]!);
        Assert.NotEqual(1m, (decimal)indicator["score"]!);
        Assert.Equal(1_000_000m, (decimal)fund["budget"]!["initial"]!);
        Assert.Equal(10m, (decimal)fund["budget"]!["enteredScore"]!);
        var findings = evaluation["findings"]!.AsArray();
        Assert.Contains(findings, f => (string?)f!["code"] == "score-mismatch" && (string?)f["indicator"] == (string?)first["name"]);

        var page = await client.Http.GetStringAsync($"/departments/{at.DepartmentId}/years/{at.Year}/funds/{fundUrl.Split('/')[^1]}/evaluation",
            TestContext.Current.CancellationToken);
        Assert.Contains("name=\"indicators[0].Score\" value=\"1\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"budgetInitial\" name=\"budgetInitial\" value=\"100万元\"", page, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_score_that_is_not_points_is_refused_naming_the_field_and_nothing_is_saved(DatabaseKind kind)
    {
        var (client, at, fundUrl) = await SeedFundAsync(kind);
        var (_, table) = await client.GetAsync(fundUrl);
        var id = (int)table!["indicators"]![0]!["id"]!;

        var (status, problem) = await client.SendAsync(HttpMethod.Put, fundUrl + "/actuals", new
        {
            indicators = new[] { new { indicatorId = id, actual = "98%", reason = "", score = "九分" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("indicators[0].score", (string?)problem!["field"]);
        Assert.Contains("九分", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Null((string?)(await EvaluatedFundAsync(client, at))[0]["actual"]);
    }

    private async Task<(ApiClient Client, (int DepartmentId, int Year) At, string FundUrl)> SeedFundAsync(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        return (client, at, $"{ApiClient.GoalSetUrl(at)}/funds/{goalSet!["funds"]![0]!["id"]}");
    }

    private static async Task<List<JsonNode>> EvaluatedFundAsync(ApiClient client, (int DepartmentId, int Year) at)
    {
        var (_, evaluation) = await client.GetAsync(ApiClient.GoalSetUrl(at) + "/evaluation");
        return [.. evaluation!["funds"]![0]!["indicators"]!.AsArray().Select(i => i!)];
    }
}
