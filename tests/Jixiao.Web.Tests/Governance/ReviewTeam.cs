using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Governance;

/// <summary>
/// The seed imported as a new department in a new region, with its department editor and viewer, the region's
/// finance reviewer, and a reviewer of another region — real users with passwords, each with its own client.
/// </summary>
public sealed class ReviewTeam
{
    public required (int DepartmentId, int Year) At { get; init; }

    public required Dictionary<string, (string Name, string Password)> Users { get; init; }

    public required Dictionary<string, ApiClient> Clients { get; init; }

    public string Url => ApiClient.GoalSetUrl(At);

    public ApiClient this[string role] => Clients[role];

    public static async Task<ReviewTeam> StartAsync(JixiaoApp app, ApiClient admin)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(admin);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var at = await admin.ImportSeedAsync("测试县人民检察院" + suffix);
        int region, otherRegion;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var mine = new StoredRegion("测试县" + suffix, "测试县财政局" + suffix);
            var other = new StoredRegion("邻县" + suffix, "邻县财政局" + suffix);
            db.Regions.AddRange(mine, other);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var department = await db.Departments.SingleAsync(d => d.Id == at.DepartmentId, TestContext.Current.CancellationToken);
            department.PlaceIn(mine);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            (region, otherRegion) = (mine.Id, other.Id);
        }
        var users = new Dictionary<string, (string, string)>();
        var clients = new Dictionary<string, ApiClient>();
        foreach (var (role, kind, department, regionId) in new (string, UserRole, int?, int?)[]
        {
            ("editor", UserRole.DepartmentEditor, at.DepartmentId, null), ("viewer", UserRole.DepartmentViewer, at.DepartmentId, null),
            ("reviewer", UserRole.FinanceReviewer, null, region), ("stranger", UserRole.FinanceReviewer, null, otherRegion),
        })
        {
            var name = $"{role}-{suffix}";
            var password = await app.AddAsync(name, kind, department, regionId);
            users[role] = (name, password);
            clients[role] = new ApiClient(await app.SignedInClientAsync(name, password));
        }
        return new ReviewTeam { At = at, Users = users, Clients = clients };
    }

    /// <summary>Takes a workflow step as a role; answers the status and the body.</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> StepAsync(string role, string step, object? input = null) =>
        Clients[role].SendAsync(HttpMethod.Post, $"{Url}/workflow/{step}", input ?? new { });

    /// <summary>Changes one indicator's target (found by its name) as a role.</summary>
    public async Task<HttpStatusCode> ReviseAsync(string role, string indicator, Func<JsonNode, object> change)
    {
        var client = Clients[role];
        var (_, goalSet) = await client.GetAsync(Url);
        foreach (var fund in goalSet!["funds"]!.AsArray())
        {
            var fundUrl = $"{Url}/funds/{fund!["id"]}";
            var (_, table) = await client.GetAsync(fundUrl);
            if (table!["indicators"]!.AsArray().FirstOrDefault(i => (string?)i!["name"] == indicator) is { } row)
            {
                var (status, _) = await client.SendAsync(HttpMethod.Put, $"{fundUrl}/indicators/{row["id"]}", change(row));
                return status;
            }
        }
        throw new InvalidOperationException($"No indicator {indicator}.");
    }

    /// <summary>The editor mends the seed's two defective ladders (采纳率 overlaps, 保障各项检察工作 has a gap), whose errors block submission.</summary>
    public async Task FixSeedErrorsAsync()
    {
        Assert.Equal(HttpStatusCode.OK, await ReviseAsync("editor", "采纳率", r => With(r, target: "≥80优 ≥60良 ≥50中 <50差")));
        Assert.Equal(HttpStatusCode.OK, await ReviseAsync("editor", "保障各项检察工作", r => With(r, target: "≥90优 ≥70良 ≥60中 <60差")));
    }

    /// <summary>The row as the API gives it, with one field replaced: the body of a PUT.</summary>
    public static object With(JsonNode row, string? target = null, string? basis = null) => new
    {
        level1 = (string?)row["level1"], level2 = (string?)row["level2"], name = (string?)row["name"], description = (string?)row["description"],
        target = target ?? (string?)row["target"], basis = basis ?? (string?)row["basis"], weight = (decimal?)row["weight"],
        direction = (string?)row["direction"], version = (int)row["version"]!,
    };
}
