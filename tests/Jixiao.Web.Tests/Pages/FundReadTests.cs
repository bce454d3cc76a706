using System.Net;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Web.Common;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Pages;

/// <summary>
/// The fund page and its API keep what they read and render per goal-set revision: an edit must show on the very next
/// read, whether this app or another process sharing the database made it, and each language gets its own texts.
/// </summary>
public sealed class FundReadTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_edit_shows_at_once_on_the_fund_page_and_in_the_api(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (api, page) = await SeedFundAsync(client);
        var (_, before) = await client.GetAsync(api);
        var pageBefore = await TextAsync(client, page);
        var adoption = before!["indicators"]![1]!;

        var (saved, _) = await client.SendAsync(HttpMethod.Put, $"{api}/indicators/{adoption["id"]}", new
        {
            level1 = "效果指标", level2 = "社会效益指标", name = "采纳率", description = (string?)adoption["description"],
            target = "≥70优 ≥60良 ≥50中 <50差", basis = (string?)adoption["basis"], version = (int)adoption["version"]!,
        });
        var (_, after) = await client.GetAsync(api);
        var pageAfter = await TextAsync(client, page);

        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Contains("ladder-overlap", pageBefore, StringComparison.Ordinal);
        Assert.Equal("≥70优 ≥60良 ≥50中 <50差", (string)after!["indicators"]![1]!["target"]!);
        Assert.Contains("title=\"≥70优\"", pageAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("ladder-overlap", pageAfter, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_change_saved_by_another_process_shows_on_the_next_read(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (api, page) = await SeedFundAsync(client);
        var (_, before) = await client.GetAsync(api);
        await TextAsync(client, page);
        var fundId = (int)before!["id"]!;

        // Another web node sharing the database: its own context, nothing that this app's memory would hear about.
        var app = await Apps.AppAsync(kind);
        await using (var other = app.CreateScope())
        {
            var db = other.ServiceProvider.GetRequiredService<JixiaoDb>();
            var fund = await db.Funds.Include(f => f.Indicators).FirstAsync(f => f.Id == fundId, TestContext.Current.CancellationToken);
            fund.ReviseGoals(["另一节点保存的目标"]);
            await db.SaveGoalSetChangeAsync(fund.GoalSetId, other.ServiceProvider.GetRequiredService<Jixiao.Data.Rollup.YearResults>(), TestContext.Current.CancellationToken);
        }
        var (_, after) = await client.GetAsync(api);
        var pageAfter = await TextAsync(client, page);

        Assert.Equal("另一节点保存的目标", (string)Assert.Single(after!["goals"]!.AsArray())!);
        Assert.Contains("<li>另一节点保存的目标</li>", pageAfter, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Each_language_gets_its_own_table(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (api, page) = await SeedFundAsync(client);

        var chinese = await TextAsync(client, page);
        var english = await TextAsync(client, page + "?culture=en&ui-culture=en");
        var (_, englishApi) = await client.GetAsync(api + "?culture=en&ui-culture=en");
        var chineseAgain = await TextAsync(client, page);

        Assert.Contains("aria-label=\"评分档次\"", chinese, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Grade ladder\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("评分档次", english, StringComparison.Ordinal);
        Assert.StartsWith("grade ladder", (string)englishApi!["indicators"]![1]!["interpretation"]!["summary"]!, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"评分档次\"", chineseAgain, StringComparison.Ordinal);
    }

    /// <summary>A department of its own with the seed imported: the API and page URLs of its first fund.</summary>
    private static async Task<(string Api, string Page)> SeedFundAsync(ApiClient client)
    {
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fund = $"/departments/{at.DepartmentId}/years/{at.Year}/funds/{goalSet!["funds"]![0]!["id"]}";
        return ("/api/v1" + fund, fund);
    }

    private static async Task<string> TextAsync(ApiClient client, string url)
    {
        var response = await client.Http.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
