using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integrity;

/// <summary>
/// Several editors saving one goal set at the same moment, round after round, on both databases: the audit trail
/// holds exactly the committed changes, each under the user who made it; the revision the caches key on advances
/// once per committed change, so every committed edit is on the next read of the API, the page and the cache; and
/// edits to different indicators never refuse each other.
/// </summary>
public sealed class ConcurrentEditTests(TestApps apps) : IntegrationTest(apps)
{
    private const int Rounds = 200;

    public static TheoryData<DatabaseKind, int> Crowds => new()
    {
        { DatabaseKind.Sqlite, 2 }, { DatabaseKind.Sqlite, 16 }, { DatabaseKind.Postgres, 2 }, { DatabaseKind.Postgres, 16 },
    };

    [Theory, MemberData(nameof(Crowds))]
    public async Task On_one_indicator_exactly_one_save_of_each_round_wins_and_only_it_is_audited(DatabaseKind kind, int clients)
    {
        var crowd = await CrowdAsync(kind, clients, indicators: 1);
        var indicator = crowd.Indicators[0];
        var winners = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var reads = await Task.WhenAll(crowd.Editors.Select(e => e.Client.GetAsync($"{crowd.Fund}/indicators/{indicator}")));
            var saves = await Task.WhenAll(crowd.Editors.Select((e, i) =>
                e.Client.SendAsync(HttpMethod.Put, $"{crowd.Fund}/indicators/{indicator}", Edit(reads[i].Body!, $"{e.Name} 第{round}轮"))));

            var won = saves.Select((s, i) => (s.Status, i)).Where(s => s.Status == HttpStatusCode.OK).Select(s => s.i).ToList();
            Assert.True(won.Count == 1, $"round {round}: {string.Join(", ", saves.Select(s => s.Status))}");
            Assert.All(saves.Where(s => s.Status != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s.Status));
            var winner = crowd.Editors[won[0]];
            winners.Add(winner.Name);
            await crowd.AssertSeenAsync([(indicator, $"{winner.Name} 第{round}轮")], round);
        }

        var audited = await crowd.AuditedUpdatesAsync();
        Assert.Equal(winners, audited.Select(a => a.Actor));
        Assert.Equal(Rounds, await crowd.RevisionAdvanceAsync());
    }

    [Theory, MemberData(nameof(Crowds))]
    public async Task On_different_indicators_every_save_wins_and_every_one_is_seen_and_audited(DatabaseKind kind, int clients)
    {
        var crowd = await CrowdAsync(kind, clients, indicators: clients);
        var expected = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var reads = await Task.WhenAll(crowd.Editors.Select((e, i) => e.Client.GetAsync($"{crowd.Fund}/indicators/{crowd.Indicators[i]}")));
            var saves = await Task.WhenAll(crowd.Editors.Select((e, i) =>
                e.Client.SendAsync(HttpMethod.Put, $"{crowd.Fund}/indicators/{crowd.Indicators[i]}", Edit(reads[i].Body!, $"{e.Name} 第{round}轮"))));

            Assert.True(saves.All(s => s.Status == HttpStatusCode.OK), $"round {round}: {string.Join(", ", saves.Select(s => s.Status))}");
            await crowd.AssertSeenAsync([.. crowd.Editors.Select((e, i) => (crowd.Indicators[i], $"{e.Name} 第{round}轮"))], round);
            expected.AddRange(crowd.Editors.Select(e => e.Name));
        }

        var audited = await crowd.AuditedUpdatesAsync();
        Assert.Equal(Rounds * clients, audited.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), audited.Select(a => a.Actor).Order(StringComparer.Ordinal));
        Assert.All(audited, a => Assert.Equal(crowd.Indicators[crowd.Editors.FindIndex(e => e.Name == a.Actor)], a.Indicator));
        Assert.Equal(Rounds * clients, await crowd.RevisionAdvanceAsync());
    }

    private static object Edit(JsonNode row, string description) => new
    {
        level1 = (string?)row["level1"], level2 = (string?)row["level2"], name = (string?)row["name"], description,
        target = (string?)row["target"], basis = (string?)row["basis"], weight = (decimal?)row["weight"],
        direction = (string?)row["direction"], version = (int)row["version"]!,
    };

    private async Task<Crowd> CrowdAsync(DatabaseKind kind, int clients, int indicators)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await ClientAsync(kind);
        var at = await admin.ImportSeedAsync(ApiClient.UniqueDepartment("并发测试县"));
        var url = ApiClient.GoalSetUrl(at);
        var (_, goalSet) = await admin.GetAsync(url);
        var fund = $"{url}/funds/{goalSet!["funds"]![1]!["id"]}";
        var editors = new List<(string, ApiClient)>();
        for (var i = 0; i < clients; i++)
        {
            var name = $"editor{i:00}-{Guid.NewGuid():N}"[..20];
            editors.Add((name, new ApiClient(await app.SignedInClientAsync(name, await app.AddAsync(name, UserRole.DepartmentEditor, at.DepartmentId)))));
        }
        var ids = new List<int>();
        for (var i = 0; i < indicators; i++)
        {
            var (status, created) = await editors[0].Item2.SendAsync(HttpMethod.Post, fund + "/indicators", new
            {
                level1 = "产出指标", level2 = "数量指标", name = $"并发指标{i}", description = "起始", target = "≥10件", basis = "计划标准",
            });
            Assert.Equal(HttpStatusCode.Created, status);
            ids.Add((int)created!["id"]!);
        }
        var crowd = new Crowd(app, admin, at, fund, editors, ids);
        crowd.StartRevision = await crowd.RevisionAsync();
        crowd.StartSequence = await crowd.NewestSequenceAsync();
        return crowd;
    }

    private sealed class Crowd(JixiaoApp app, ApiClient admin, (int DepartmentId, int Year) at, string fund, List<(string Name, ApiClient Client)> editors, List<int> indicators)
    {
        public string Fund => fund;

        public List<(string Name, ApiClient Client)> Editors => editors;

        public List<int> Indicators => indicators;

        public int StartRevision { get; set; }

        public long StartSequence { get; set; }

        /// <summary>Each expected description is on the next read of the fund through the API, the fund page and (by then cached) again.</summary>
        public async Task AssertSeenAsync(IReadOnlyList<(int Indicator, string Description)> expected, int round)
        {
            var (_, table) = await admin.GetAsync(fund);
            var byId = table!["indicators"]!.AsArray().ToDictionary(r => (int)r!["id"]!, r => (string?)r!["description"]);
            var page = await editors[0].Client.Http.GetStringAsync(fund.Replace("/api/v1", "", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            var (_, again) = await editors[^1].Client.GetAsync(fund);
            var cached = again!["indicators"]!.AsArray().ToDictionary(r => (int)r!["id"]!, r => (string?)r!["description"]);
            foreach (var (indicator, description) in expected)
            {
                Assert.True(byId[indicator] == description, $"round {round}: the API shows '{byId[indicator]}' for indicator {indicator}, not '{description}'");
                Assert.True(page.Contains(description, StringComparison.Ordinal), $"round {round}: the page does not show '{description}'");
                Assert.True(cached[indicator] == description, $"round {round}: the second read shows '{cached[indicator]}', not '{description}'");
            }
        }

        public async Task<List<(string Actor, int Indicator)>> AuditedUpdatesAsync()
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var subjects = indicators.Select(i => $"indicator/{i}").ToList();
            var records = await db.AuditRecords.AsNoTracking()
                .Where(r => r.Sequence > StartSequence && subjects.Contains(r.Subject) && r.Action == "update")
                .OrderBy(r => r.Sequence).Select(r => new { r.Actor, r.Subject }).ToListAsync(TestContext.Current.CancellationToken);
            return [.. records.Select(r => (r.Actor, int.Parse(r.Subject["indicator/".Length..], System.Globalization.CultureInfo.InvariantCulture)))];
        }

        public async Task<int> RevisionAdvanceAsync() => await RevisionAsync() - StartRevision;

        public async Task<int> RevisionAsync()
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            return await db.GoalSets.Where(g => g.PerformanceYear.DepartmentId == at.DepartmentId && g.PerformanceYear.Year == at.Year).Select(g => g.Revision).SingleAsync(TestContext.Current.CancellationToken);
        }

        public async Task<long> NewestSequenceAsync()
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            return await db.AuditRecords.MaxAsync(r => (long?)r.Sequence, TestContext.Current.CancellationToken) ?? 0;
        }
    }
}
