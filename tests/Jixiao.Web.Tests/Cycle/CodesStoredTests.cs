using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Goals;
using Jixiao.Goals.Codes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Cycle;

/// <summary>
/// The codes of 预算管理一体化 are stored and come back: 单位代码 and 区划代码 of the department, 项目代码, 项目类别, 项目期 and
/// 中期目标 of a project, 指标代码 of an indicator. A re-import finds the project by its code even when it was renamed.
/// </summary>
public sealed class CodesStoredTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Codes_are_stored_exported_and_identify_a_renamed_project(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var name = ApiClient.UniqueDepartment();
        var unit = "JX" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var goals = WithCodes(Formats.DocumentReader.ReadFile(ApiClient.SeedPath, new DisclosureReadOptions("seed.txt", name)).GoalSet!, name, unit);

        var at = await ImportAsync(client, goals, name);
        var exported = JsonNode.Parse(await client.Http.GetByteArrayAsync(ApiClient.GoalSetUrl(at) + "/export?format=json", TestContext.Current.CancellationToken))!;

        Assert.Equal(unit, (string?)exported["department"]!["code"]);
        Assert.Equal("330106", (string?)exported["department"]!["region"]);
        var fund = exported["funds"]![0]!;
        Assert.Equal("33010620200001", (string?)fund["code"]);
        Assert.Equal("continuing", (string?)fund["category"]);
        Assert.Equal("IND-001", (string?)fund["indicators"]![0]!["code"]);
        var (_, before) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fundId = (int)before!["funds"]![0]!["id"]!;

        var renamed = new GoalSet(goals.Year, goals.Department, goals.Overall,
            goals.Funds.SetItem(0, new Fund("改名后的项目", goals.Funds[0].Goals, goals.Funds[0].Indicators, goals.Funds[0].Money) { Code = goals.Funds[0].Code }));
        Assert.Equal(at, await ImportAsync(client, renamed, name));

        var (_, after) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        Assert.Equal(fundId, (int)after!["funds"]![0]!["id"]!);
        Assert.Equal("改名后的项目", (string?)after["funds"]![0]!["name"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_REST_views_carry_the_codes_and_an_edit_keeps_or_changes_them(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var name = ApiClient.UniqueDepartment();
        var unit = "JX" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var goals = WithCodes(Formats.DocumentReader.ReadFile(ApiClient.SeedPath, new DisclosureReadOptions("seed.txt", name)).GoalSet!, name, unit);
        var at = await ImportAsync(client, goals, name);

        var (_, department) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        Assert.Equal((unit, "330106"), ((string?)department!["code"], (string?)department["regionCode"]));
        Assert.Equal("33010620200001", (string?)department["funds"]![0]!["code"]);
        var fundUrl = ApiClient.GoalSetUrl(at) + $"/funds/{(int)department["funds"]![0]!["id"]!}";
        var (_, fund) = await client.GetAsync(fundUrl);
        var project = fund!["project"]!;
        Assert.Equal(("33010620200001", "continuing", 2019, 2021, "三年内案件办理质效稳步提升"),
            ((string?)project["code"], (string?)project["category"], (int?)project["periodStart"], (int?)project["periodEnd"], (string?)project["mediumTermGoal"]));
        var row = fund["indicators"]![0]!;
        Assert.Equal("IND-001", (string?)row["code"]);

        // A revision that sends the code keeps it, a new code replaces it, a bad one is refused naming the field.
        object Revision(string? code, int version) => new
        {
            level1 = (string?)row["level1"], level2 = (string?)row["level2"], name = (string?)row["name"], description = (string?)row["description"],
            target = (string?)row["target"], basis = (string?)row["basis"], weight = (decimal?)row["weight"], version, code,
        };
        var indicatorUrl = $"{fundUrl}/indicators/{(int)row["id"]!}";
        var (changed, revised) = await client.SendAsync(HttpMethod.Put, indicatorUrl, Revision("IND-009", (int)row["version"]!));
        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.Equal("IND-009", (string?)revised!["code"]);
        var (refused, problem) = await client.SendAsync(HttpMethod.Put, indicatorUrl, Revision("有 空格", (int)revised["version"]!));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("code", problem!.ToJsonString(), StringComparison.Ordinal);
        var exported = JsonNode.Parse(await client.Http.GetByteArrayAsync(ApiClient.GoalSetUrl(at) + "/export?format=json", TestContext.Current.CancellationToken))!;
        Assert.Equal("IND-009", (string?)exported["funds"]![0]!["indicators"]![0]!["code"]);
    }

    private static GoalSet WithCodes(GoalSet seed, string name, string unit)
    {
        var fund = seed.Funds[0];
        var indicators = fund.Indicators.SetItem(0, fund.Indicators[0] with { Code = Code.Parse("IND-001") });
        var coded = new Fund(fund.Name, fund.Goals, indicators, fund.Money)
        {
            Code = Code.Parse("33010620200001"), Category = ProjectCategory.Continuing,
            Period = new ProjectPeriod(new FiscalYear(2019), new FiscalYear(2021)), MediumTermGoal = "三年内案件办理质效稳步提升",
        };
        return new GoalSet(seed.Year, new Department(name) { Code = Code.Parse(unit), Region = RegionCode.Parse("330106") },
            seed.Overall, seed.Funds.SetItem(0, coded));
    }

    private static async Task<(int DepartmentId, int Year)> ImportAsync(ApiClient client, GoalSet goals, string name)
    {
        var (status, preview) = await client.UploadAsync(CanonicalJson.Serialize(goals), "coded.json", name);
        Assert.Equal(HttpStatusCode.Created, status);
        var (committed, location) = await client.SendAsync(HttpMethod.Post, $"/api/v1/imports/{preview!["id"]}/commit");
        Assert.Equal(HttpStatusCode.OK, committed);
        return ((int)location!["departmentId"]!, (int)location["year"]!);
    }
}
