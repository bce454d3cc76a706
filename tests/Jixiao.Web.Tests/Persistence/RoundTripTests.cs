using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Generation;
using Jixiao.Goals;
using Jixiao.Web.Common;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Persistence;

/// <summary>The canonical model goes into the database and comes back unchanged, byte for byte in canonical JSON.</summary>
public sealed class RoundTripTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Seed_imported_then_exported_gives_the_same_canonical_json_bytes(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var name = ApiClient.UniqueDepartment();
        var at = await client.ImportSeedAsync(name);
        var expected = CanonicalJson.Serialize(DocumentReader.ReadFile(ApiClient.SeedPath, new DisclosureReadOptions("seed.txt", name)).GoalSet!);

        var exported = await client.Http.GetByteArrayAsync(ApiClient.GoalSetUrl(at) + "/export", TestContext.Current.CancellationToken);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(exported));
        Assert.Equal(expected, exported);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Generated_departments_with_money_weights_and_directions_come_back_unchanged(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var originals = new ProvinceGenerator(new ProvinceShape(4, 5, 15, 2031), seed: 7).Departments()
            .Select(g => new GoalSet(g.Year, new Department(g.Department.Name + suffix), g.Overall, g.Funds))
            .ToList();
        var ids = new List<int>();
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            foreach (var goals in originals)
            {
                var department = new StoredDepartment(goals.Department.Name, isDemo: false);
                db.Departments.Add(department);
                await db.SaveChangesAsync(ct);
                db.GoalSets.Add(StoredGoalSet.From(new StoredPerformanceYear(department.Id, goals.Year.Value), goals));
                await db.SaveChangesAsync(ct);
                ids.Add(department.Id);
            }
        }

        await using var readScope = app.CreateScope();
        var loader = readScope.ServiceProvider.GetRequiredService<GoalSetLoader>();
        for (var i = 0; i < originals.Count; i++)
        {
            var loaded = await loader.LoadAsync(new Scope(ids[i], 2031), ct);
            Assert.Equal(CanonicalJson.SerializeToString(originals[i]), CanonicalJson.SerializeToString(loaded!));
        }
    }
}
