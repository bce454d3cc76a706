using System.Net;
using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Administration;

/// <summary>Wrong input on 新增用户, 角色与范围 and 区划管理 is answered next to the field, and nothing is stored or audited.</summary>
public sealed class AdministrationInputTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseKind, string, string, string?, string, string> NewUserCases()
    {
        var data = new TheoryData<DatabaseKind, string, string, string?, string, string>();
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
        {
            data.Add(kind, "empty name", "", null, "Input.UserName", "请填写用户名");
            data.Add(kind, "taken name", "taken", null, "Input.UserName", "用户名已存在");
            data.Add(kind, "invalid name", "张 三", null, "Input.UserName", "用户名只能包含字母、数字");
            data.Add(kind, "editor without department", "fresh", "", "Input.Department", "须指定所属部门");
            data.Add(kind, "unknown department", "fresh", "不存在的部门", "Input.Department", "没有名为“不存在的部门”的部门");
        }
        return data;
    }

    [Theory, MemberData(nameof(NewUserCases))]
    public async Task A_new_user_with_bad_input_is_answered_next_to_the_field_and_nothing_is_stored(
        DatabaseKind kind, string what, string name, string? department, string field, string message)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var userName = name switch { "taken" => admin.UserName, "fresh" => AdminPages.Unique("new-"), _ => name };

        var answer = await admin.SubmitNewUserAsync(userName, department is null ? UserRole.Administrator : UserRole.DepartmentEditor, department);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(message, AdminPages.MessageFor(answer.Html, field), StringComparison.Ordinal);
        Assert.DoesNotContain("one-time-password", answer.Html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{userName}\"", answer.Html, StringComparison.Ordinal);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        // The taken name is the administrator's own: still one user. Any other name: no user and no audit record naming it.
        Assert.Equal(name == "taken" ? 1 : 0, await db.Users.CountAsync(u => u.UserName == userName, Ct));
        if (name is "fresh" or "张 三")
        {
            var quoted = $"\"userName\":\"{userName}\"";
            Assert.False(await db.AuditRecords.AnyAsync(r => r.NewValue != null && r.NewValue.Contains(quoted), Ct), what);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_role_without_its_department_or_region_is_refused_and_the_user_keeps_the_old_one(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var user = await admin.CreateUserAsync(AdminPages.Unique("viewer-"), UserRole.DepartmentViewer, department: "某县人民检察院");

        var noRegion = await admin.ChangeRoleAsync(user.Id, UserRole.FinanceReviewer);
        var unknown = await admin.ChangeRoleAsync(user.Id, UserRole.FinanceReviewer, region: "不存在的区划");

        Assert.Contains("财政审核用户须指定负责的区划", AdminPages.MessageFor(noRegion.Html, "Input.Region"), StringComparison.Ordinal);
        Assert.Contains("没有名为“不存在的区划”的区划", AdminPages.MessageFor(unknown.Html, "Input.Region"), StringComparison.Ordinal);
        var shown = await admin.GetAsync($"/admin/users/{user.Id}");
        Assert.Contains("<dd>部门查看</dd>", shown.Html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_region_without_name_or_bureau_or_taken_and_an_unknown_department_are_refused_in_place(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var newName = AdminPages.Unique("区");

        var noName = await admin.CreateRegionAsync("", "某财政局");
        var noBureau = await admin.CreateRegionAsync(newName, " ");
        var taken = await admin.CreateRegionAsync("某县", "另一个财政局");
        var county = await admin.RegionIdAsync("某县");
        var unknown = await admin.AddDepartmentAsync(county, "不存在的部门");

        Assert.Contains("请填写区划名称", AdminPages.MessageFor(noName.Html, "Input.Name"), StringComparison.Ordinal);
        Assert.Contains("须填写其财政部门名称", AdminPages.MessageFor(noBureau.Html, "Input.FinanceBureau"), StringComparison.Ordinal);
        Assert.Contains("已有名为“某县”的区划", AdminPages.MessageFor(taken.Html, "Input.Name"), StringComparison.Ordinal);
        Assert.Contains("没有名为“不存在的部门”的部门", AdminPages.MessageFor(unknown.Html, "department"), StringComparison.Ordinal);
        Assert.All(new[] { noName, noBureau, taken, unknown }, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        Assert.False(await db.Regions.AnyAsync(r => r.Name == newName || r.Name == "", Ct));
        Assert.Equal("某县财政局", (await db.Regions.SingleAsync(r => r.Name == "某县", Ct)).FinanceBureau);
        Assert.False(await db.Departments.AnyAsync(d => d.Name == "不存在的部门", Ct));
    }
}
