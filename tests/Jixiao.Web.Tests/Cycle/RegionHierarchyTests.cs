extern alias cli;
using System.Net;
using System.Net.Http.Json;
using Jixiao.Data.Accounts;
using Jixiao.Data.Administration;
using Jixiao.Data.Persistence;
using Jixiao.Web.Tests.Infrastructure;
using Jixiao.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using JixiaoCli = cli::Jixiao.Cli.JixiaoCli;

namespace Jixiao.Web.Tests.Cycle;

/// <summary>
/// 区划 as a tree (省 → 市 → 县) by 区划代码 and 上级区划: a reviewer of a region sees the departments of every region
/// below it and nothing beside or above it; a region moved carries its sub-regions. 主管部门: a department's people
/// see its 下属单位 without editing them.
/// </summary>
public sealed class RegionHierarchyTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reviewer_sees_the_regions_below_theirs_and_nothing_beside_or_above(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        await using var scope = app.CreateScope();
        var regions = scope.ServiceProvider.GetRequiredService<RegionCommands>();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();

        // Parents found from the codes alone; the CLI takes the same rules.
        var province = await CreateAsync(regions, new("云南省", "云南省财政厅", "53"));
        var city = await CreateAsync(regions, new("昆明市", "昆明市财政局", "5301"));
        var county = await CreateAsync(regions, new("五华区", "五华区财政局", "530102"));
        Assert.Equal(0, JixiaoCli.Run(["region", "add", "曲靖市", "--bureau", "曲靖市财政局", "--code", "530300", .. app.DatabaseArguments],
            new StringWriter(), new StringWriter()));
        var other = await db.Regions.AsNoTracking().SingleAsync(r => r.Name == "曲靖市", Ct);
        Assert.Equal((province.Id, city.Id, province.Id), (city.ParentId, county.ParentId, other.ParentId));
        Assert.Equal($"/{province.Id}/{city.Id}/", county.Ancestry);

        var inCounty = await AccessFixture.AddDepartmentAsync(db, "五华区人民检察院", county);
        var inCity = await AccessFixture.AddDepartmentAsync(db, "昆明市人民检察院", city);
        var seen = new Dictionary<string, (HttpStatusCode County, HttpStatusCode City)>();
        foreach (var (who, region) in new[] { ("省", province.Id), ("市", city.Id), ("县", county.Id), ("曲靖", other.Id) })
        {
            using var reviewer = await app.ClientAsAsync(UserRole.FinanceReviewer, regionId: region);
            seen[who] = (await StatusAsync(reviewer, inCounty), await StatusAsync(reviewer, inCity));
        }
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), seen["省"]);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), seen["市"]);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), seen["县"]);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), seen["曲靖"]);

        // The same scope in every list: the overview of the 市 holds both, of the 县 one.
        var cityAccess = new UserAccess("r", UserRole.FinanceReviewer, null, city.Id);
        var countyAccess = new UserAccess("r", UserRole.FinanceReviewer, null, county.Id);
        Assert.Equal(2, await cityAccess.Visible(db.Departments).CountAsync(Ct));
        Assert.Equal(["五华区人民检察院"], await countyAccess.Visible(db.Departments).Select(d => d.Name).ToListAsync(Ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Codes_and_parents_that_contradict_the_tree_are_refused_and_a_move_carries_the_sub_regions(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        await using var scope = app.CreateScope();
        var regions = scope.ServiceProvider.GetRequiredService<RegionCommands>();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var province = await CreateAsync(regions, new("云南省", "云南省财政厅", "530000"));
        var city = await CreateAsync(regions, new("昆明市", "昆明市财政局", "530100"));
        var other = await CreateAsync(regions, new("曲靖市", "曲靖市财政局", "530300"));
        await CreateAsync(regions, new("五华区", "五华区财政局", "530102"));
        var zone = await CreateAsync(regions, new("昆明经开区", "昆明经开区财政局", Parent: "昆明市"));
        var park = await CreateAsync(regions, new("经开区某园区", "某园区财政所", Parent: "昆明经开区"));

        Assert.Equal("Web.Admin.Region.CodeInvalid", await RefusedAsync(regions.CreateAsync(new("某地", "某地财政局", "12345"), Ct)));
        Assert.Equal("Web.Admin.Region.CodeTaken", await RefusedAsync(regions.CreateAsync(new("另一个五华区", "某财政局", "530102"), Ct)));
        Assert.Equal("Web.Admin.Region.NoParent", await RefusedAsync(regions.CreateAsync(new("某地", "某地财政局", Parent: "不存在的市"), Ct)));
        Assert.Equal("Web.Admin.Region.ParentCodeMismatch", await RefusedAsync(regions.CreateAsync(new("盘龙区", "盘龙区财政局", "530103", "曲靖市"), Ct)));
        Assert.Equal("Web.Admin.Region.ParentBelow", await RefusedAsync(regions.SaveAsync(new("云南省", null, Parent: "五华区"), [], Ct)));
        Assert.Equal("Web.Admin.Region.ParentBelow", await RefusedAsync(regions.SaveAsync(new("昆明经开区", null, Parent: "经开区某园区"), [], Ct)));

        // The zone (no code) moves to the other city: its park comes along, and the other city's reviewer sees its departments.
        var inPark = await AccessFixture.AddDepartmentAsync(db, "某园区管委会", park);
        Assert.True((await regions.SaveAsync(new("昆明经开区", null, Parent: "530300"), [], Ct)).Succeeded);
        var moved = await db.Regions.AsNoTracking().SingleAsync(r => r.Id == park.Id, Ct);
        Assert.Equal($"/{province.Id}/{other.Id}/{zone.Id}/", moved.Ancestry);
        Assert.Equal(["某园区管委会"], await new UserAccess("r", UserRole.FinanceReviewer, null, other.Id).Visible(db.Departments).Select(d => d.Name).ToListAsync(Ct));
        Assert.Empty(await new UserAccess("r", UserRole.FinanceReviewer, null, city.Id).Visible(db.Departments).ToListAsync(Ct));
        Assert.NotEqual(0, inPark.DepartmentId);

        // Nothing half-written by the refusals: the six regions made, none named 某地 or 盘龙区.
        Assert.Equal(6, await db.Regions.CountAsync(Ct));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supervising_department_sees_its_units_and_edits_only_its_own(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var county = await CreateAsync(scope.ServiceProvider.GetRequiredService<RegionCommands>(), new("某县", "某县财政局"));
        var bureau = await AccessFixture.AddDepartmentAsync(db, "某县教育局", county);
        var school = await AccessFixture.AddDepartmentAsync(db, "某县第一中学", county);
        var elsewhere = await AccessFixture.AddDepartmentAsync(db, "某县卫生健康局", county);

        var output = new StringWriter();
        Assert.Equal(0, JixiaoCli.Run(["department", "set", "某县第一中学", "--supervisor", "某县教育局", .. app.DatabaseArguments], output, new StringWriter()));
        var error = new StringWriter();
        Assert.NotEqual(0, JixiaoCli.Run(["department", "set", "某县教育局", "--supervisor", "某县第一中学", "--lang", "zh", .. app.DatabaseArguments], new StringWriter(), error));
        Assert.Contains("不能作其主管部门", error.ToString(), StringComparison.Ordinal);

        using var editor = await app.ClientAsAsync(UserRole.DepartmentEditor, departmentId: bureau.DepartmentId);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(editor, school));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(editor, elsewhere));
        using var edit = await editor.PutAsJsonAsync($"/api/v1/departments/{school.DepartmentId}/years/{school.Year}/funds/{school.FundId}/goals",
            new { goals = new[] { "改写" } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        using var unit = await app.ClientAsAsync(UserRole.DepartmentViewer, departmentId: school.DepartmentId);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(unit, bureau));
    }

    private static async Task<StoredRegion> CreateAsync(RegionCommands regions, RegionInput input)
    {
        var outcome = await regions.CreateAsync(input, Ct);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message.Key);
        return outcome.Value!;
    }

    private static async Task<string?> RefusedAsync<T>(Task<Data.Common.Outcome<T>> outcome) => (await outcome).Failure?.Message.Key;

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, AccessFixture.Place place)
    {
        using var response = await client.GetAsync($"/api/v1/departments/{place.DepartmentId}/years/{place.Year}", Ct);
        return response.StatusCode;
    }
}
