using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// An app with two regions, a department in each (the seed's goals), and one user of every role: the
/// reviewer's region and the editor's and viewer's department are "own", the other department and region are "other".
/// </summary>
public sealed class AccessFixture : IAsyncDisposable
{
    private AccessFixture(JixiaoApp app) => App = app;

    public JixiaoApp App { get; }

    public Place Own { get; private set; } = null!;

    public Place Other { get; private set; } = null!;

    public Dictionary<string, HttpClient> Clients { get; } = [];

    /// <summary>Where a department's seed goals are: ids to put into route templates.</summary>
    public sealed record Place(int DepartmentId, int Year, int FundId, int IndicatorId, int RegionId = 0);

    public static readonly string[] Roles = ["anonymous", "admin", "reviewer", "editor", "viewer", "auditor", "manager"];

    public static async Task<AccessFixture> StartAsync(TestApps apps, DatabaseKind kind)
    {
        ArgumentNullException.ThrowIfNull(apps);
        var fixture = new AccessFixture(new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await apps.PostgresAsync() : null, demo: false));
        await fixture.SetUpAsync();
        return fixture;
    }

    private async Task SetUpAsync()
    {
        int ownRegion;
        await using (var scope = App.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var a = new StoredRegion("甲县", "甲县财政局");
            var b = new StoredRegion("乙县", "乙县财政局");
            db.Regions.AddRange(a, b);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            ownRegion = a.Id;
            Own = await AddDepartmentAsync(db, "甲县人民检察院", a);
            Other = await AddDepartmentAsync(db, "乙县人民检察院", b);
        }
        Clients["anonymous"] = App.CreateClient(new() { AllowAutoRedirect = false });
        Clients["admin"] = await App.ClientAsAsync(UserRole.Administrator);
        Clients["reviewer"] = await App.ClientAsAsync(UserRole.FinanceReviewer, regionId: ownRegion);
        Clients["editor"] = await App.ClientAsAsync(UserRole.DepartmentEditor, departmentId: Own.DepartmentId);
        Clients["viewer"] = await App.ClientAsAsync(UserRole.DepartmentViewer, departmentId: Own.DepartmentId);
        Clients["auditor"] = await App.ClientAsAsync(UserRole.Auditor);
        Clients["manager"] = await App.ClientAsAsync(UserRole.Administrator, duties: false);
    }

    /// <summary>A department in the region with the seed's goals stored: where its first fund and indicator are.</summary>
    public static async Task<Place> AddDepartmentAsync(JixiaoDb db, string name, StoredRegion region)
    {
        var goals = DocumentReader.ReadFile(ApiClient.SeedPath, new DisclosureReadOptions("seed.txt", name)).GoalSet!;
        var department = new StoredDepartment(name, isDemo: false, region.Id);
        db.Departments.Add(department);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        db.GoalSets.Add(StoredGoalSet.From(new StoredPerformanceYear(department.Id, goals.Year.Value), goals));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var fund = await db.Funds.Where(f => db.GoalSets.Any(g => g.PerformanceYear.DepartmentId == department.Id && g.Id == f.GoalSetId))
            .OrderBy(f => f.Position).FirstAsync(TestContext.Current.CancellationToken);
        var indicator = await db.Indicators.Where(i => i.FundId == fund.Id).OrderBy(i => i.Position).FirstAsync(TestContext.Current.CancellationToken);
        return new Place(department.Id, goals.Year.Value, fund.Id, indicator.Id, region.Id);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }
        await App.DisposeAsync();
    }
}
