using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Data.Persistence;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Cycle;

/// <summary>
/// Re-importing a department's document updates its goals in place: the same file changes nothing and keeps every id
/// and actual; a changed file is previewed change by change (as an edited workbook is) and then applied to the same rows.
/// </summary>
public sealed class ReimportInPlaceTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_file_again_changes_nothing_and_keeps_every_id_and_actual(DatabaseKind kind)
    {
        var (client, name, at, fundUrl, first) = await ImportedWithActualAsync(kind);
        var before = await IdsAsync(client, at);
        var audit = await AuditCountAsync(kind, at.DepartmentId);

        var (_, preview) = await client.UploadAsync(await File.ReadAllBytesAsync(ApiClient.SeedPath, Ct), "seed.txt", name);
        Assert.True((bool)preview!["replacesExisting"]!);
        Assert.True((bool)preview["unchanged"]!);
        Assert.Empty(preview["indicators"]!.AsArray());
        Assert.Empty(preview["other"]!.AsArray());
        Assert.Equal(at, await client.ImportSeedAsync(name));

        Assert.Equal(Show(before), Show(await IdsAsync(client, at)));
        Assert.Equal("98%", await ActualAsync(client, at, first));
        Assert.Equal(audit, await AuditCountAsync(kind, at.DepartmentId));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(fundUrl)).Status);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_changed_file_is_previewed_then_applied_to_the_same_rows(DatabaseKind kind)
    {
        var (client, name, at, _, first) = await ImportedWithActualAsync(kind);
        var before = await IdsAsync(client, at);
        var json = JsonNode.Parse(await client.Http.GetByteArrayAsync(ApiClient.GoalSetUrl(at) + "/export?format=json", Ct))!;
        var indicators = json["funds"]![0]!["indicators"]!.AsArray();
        indicators[1]!["description"] = "改写后的指标描述";
        var removed = (string)indicators[^1]!["name"]!;
        indicators.RemoveAt(indicators.Count - 1);
        var added = indicators[0]!.DeepClone();
        added["name"] = "新增三级指标";
        indicators.Add(added);

        var (status, preview) = await client.UploadAsync(Encoding.UTF8.GetBytes(json.ToJsonString()), "edited.json", name);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.False((bool)preview!["unchanged"]!);
        var changes = preview["indicators"]!.AsArray();
        Assert.True(changes.Count(c => (string?)c!["kind"] == "changed") == 1, changes.ToJsonString());
        var changed = changes.Single(c => (string?)c!["kind"] == "changed");
        Assert.Equal("description", (string?)changed!["fields"]![0]!["field"]);
        Assert.Equal("改写后的指标描述", (string?)changed["fields"]![0]!["after"]);
        Assert.Equal("新增三级指标", (string?)Assert.Single(changes, c => (string?)c!["kind"] == "added")!["name"]);
        Assert.Equal(removed, (string?)Assert.Single(changes, c => (string?)c!["kind"] == "removed")!["name"]);
        var (goalsNow, _) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        Assert.Equal(HttpStatusCode.OK, goalsNow);
        Assert.Equal(Show(before), Show(await IdsAsync(client, at))); // nothing written before confirming

        var (committed, _) = await client.SendAsync(HttpMethod.Post, $"/api/v1/imports/{preview["id"]}/commit");
        Assert.Equal(HttpStatusCode.OK, committed);

        var after = await IdsAsync(client, at);
        Assert.Equal(before[0].Fund, after[0].Fund);
        Assert.Equal(before[0].Indicators[..^1], after[0].Indicators[..^1]);
        Assert.DoesNotContain(before[0].Indicators[^1], after[0].Indicators);
        Assert.Equal(before[1].Indicators, after[1].Indicators);
        Assert.Equal("98%", await ActualAsync(client, at, first));
        var (_, table) = await client.GetAsync($"{ApiClient.GoalSetUrl(at)}/funds/{after[0].Fund}");
        Assert.Equal("改写后的指标描述", (string?)table!["indicators"]![1]!["description"]);
        Assert.Equal("新增三级指标", (string?)table["indicators"]!.AsArray()[^1]!["name"]);
    }

    /// <summary>The seed under a new name with 98% entered on the first fund's first indicator.</summary>
    private async Task<(ApiClient Client, string Name, (int DepartmentId, int Year) At, string FundUrl, int First)> ImportedWithActualAsync(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var name = ApiClient.UniqueDepartment();
        var at = await client.ImportSeedAsync(name);
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fundUrl = $"{ApiClient.GoalSetUrl(at)}/funds/{goalSet!["funds"]![0]!["id"]}";
        var (_, table) = await client.GetAsync(fundUrl);
        var first = (int)table!["indicators"]![0]!["id"]!;
        var (saved, _) = await client.SendAsync(HttpMethod.Put, fundUrl + "/actuals", new { indicators = new[] { new { indicatorId = first, actual = "98%", reason = "" } } });
        Assert.Equal(HttpStatusCode.NoContent, saved);
        return (client, name, at, fundUrl, first);
    }

    /// <summary>Each fund's id with its indicators' ids in order.</summary>
    private static async Task<List<(int Fund, List<int> Indicators)>> IdsAsync(ApiClient client, (int DepartmentId, int Year) at)
    {
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var ids = new List<(int, List<int>)>();
        foreach (var fund in goalSet!["funds"]!.AsArray())
        {
            var (_, table) = await client.GetAsync($"{ApiClient.GoalSetUrl(at)}/funds/{fund!["id"]}");
            ids.Add(((int)fund["id"]!, [.. table!["indicators"]!.AsArray().Select(i => (int)i!["id"]!)]));
        }
        return ids;
    }

    private static string Show(List<(int Fund, List<int> Indicators)> ids) => string.Join("; ", ids.Select(f => $"{f.Fund}: {string.Join(",", f.Indicators)}"));

    private static async Task<string?> ActualAsync(ApiClient client, (int DepartmentId, int Year) at, int indicatorId)
    {
        var (_, evaluation) = await client.GetAsync(ApiClient.GoalSetUrl(at) + "/evaluation");
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var (_, table) = await client.GetAsync($"{ApiClient.GoalSetUrl(at)}/funds/{goalSet!["funds"]![0]!["id"]}");
        var index = table!["indicators"]!.AsArray().Select(i => (int)i!["id"]!).ToList().IndexOf(indicatorId);
        return (string?)evaluation!["funds"]![0]!["indicators"]![index]!["actual"];
    }

    private async Task<int> AuditCountAsync(DatabaseKind kind, int departmentId)
    {
        await using var scope = (await Apps.AppAsync(kind)).CreateScope();
        return await scope.ServiceProvider.GetRequiredService<JixiaoDb>().AuditRecords.CountAsync(r => r.DepartmentId == departmentId, Ct);
    }
}
