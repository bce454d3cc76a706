using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Governance;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Cycle;

/// <summary>
/// Opinions and the redline are tied to rows by id: an opinion given on an indicator names the row's id, and after the
/// department renames and moves that indicator the resubmission's redline shows it as the same row changed, not as
/// one removed and one added.
/// </summary>
public sealed class RowIdentityTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_opinion_names_its_row_and_the_redline_pairs_a_renamed_row_by_id(DatabaseKind kind)
    {
        var team = await ReviewTeam.StartAsync(await Apps.AppAsync(kind), await ClientAsync(kind));
        await team.FixSeedErrorsAsync();
        Assert.Equal(HttpStatusCode.OK, (await team.StepAsync("editor", "submit")).Status);
        var (fundUrl, row) = await RowAsync(team, "案件流转率");
        var id = (int)row["id"]!;

        var opinion = new { text = "指标名称不准确，请改为周期达标率", fund = "检察业务专项资金", level1 = "产出指标", level2 = "时效指标", indicator = "案件流转率", indicatorId = id };
        var (returned, state) = await team.StepAsync("reviewer", "return", new { opinions = new[] { opinion } });
        Assert.Equal(HttpStatusCode.OK, returned);
        Assert.Equal(id, (int?)state!["opinions"]![0]!["indicatorId"]);

        // Renamed and moved to another 二级指标: by names alone nothing would pair it.
        var (renamed, _) = await team["editor"].SendAsync(HttpMethod.Put, $"{fundUrl}/indicators/{id}", new
        {
            level1 = (string?)row["level1"], level2 = "质量指标", name = "案件流转周期达标率", description = (string?)row["description"],
            target = (string?)row["target"], basis = (string?)row["basis"], weight = (decimal?)row["weight"], version = (int)row["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, renamed);
        Assert.Equal(HttpStatusCode.OK, (await team.StepAsync("editor", "submit")).Status);

        var (_, redline) = await team["reviewer"].GetAsync(team.Url + "/workflow/redline?from=1&to=2");
        var changed = Assert.Single(redline!["indicators"]!.AsArray());
        Assert.Equal("changed", (string?)changed!["kind"]);
        Assert.Contains(changed["fields"]!.AsArray(), f => (string?)f!["after"] == "案件流转周期达标率");
    }

    private static async Task<(string FundUrl, JsonNode Row)> RowAsync(ReviewTeam team, string name)
    {
        var (_, goalSet) = await team["editor"].GetAsync(team.Url);
        foreach (var fund in goalSet!["funds"]!.AsArray())
        {
            var fundUrl = $"{team.Url}/funds/{fund!["id"]}";
            var (_, table) = await team["editor"].GetAsync(fundUrl);
            if (table!["indicators"]!.AsArray().FirstOrDefault(i => (string?)i!["name"] == name) is { } row)
            {
                return (fundUrl, row);
            }
        }
        throw new InvalidOperationException($"No indicator {name}.");
    }
}
