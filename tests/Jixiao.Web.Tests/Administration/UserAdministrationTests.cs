using System.Net;
using System.Net.Http.Json;
using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Administration;

/// <summary>用户管理 and 区划管理 through the pages: what the users made there can sign in to and see.</summary>
public sealed class UserAdministrationTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_editor_created_on_the_page_signs_in_with_the_shown_password_and_sees_only_that_department(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var api = await ClientAsync(kind);
        var ownName = ApiClient.UniqueDepartment();
        var otherName = ApiClient.UniqueDepartment();
        var own = await api.ImportSeedAsync(ownName);
        var other = await api.ImportSeedAsync(otherName);
        var admin = await AdminPages.SignInAsync(app);

        var name = AdminPages.Unique("ed-");
        var answer = await admin.SubmitNewUserAsync(name, UserRole.DepartmentEditor, department: ownName);
        var editor = AdminPages.Shown(answer, name);
        using var session = await CookieSession.SignInAsync(app, editor.UserName, editor.Password);
        var overview = await session.GetStringAsync($"/?year={own.Year}", Ct);
        using var ownPage = await session.GetAsync($"/departments/{own.DepartmentId}/years/{own.Year}", Ct);
        using var otherPage = await session.GetAsync($"/departments/{other.DepartmentId}/years/{other.Year}", Ct);

        Assert.True(answer.NoStore);
        Assert.Matches("^[A-Za-z0-9_-]{20}$", editor.Password);
        Assert.Contains(ownName, overview, StringComparison.Ordinal);
        Assert.DoesNotContain(otherName, overview, StringComparison.Ordinal);
        Assert.DoesNotContain("系统管理", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        var shown = await admin.GetAsync($"/admin/users/{editor.Id}");
        Assert.DoesNotContain(editor.Password, shown.Html, StringComparison.Ordinal);
        Assert.Contains(ownName, shown.Html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reviewer_sees_the_departments_of_the_region_and_follows_a_department_moved_on_the_regions_page(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var api = await ClientAsync(kind);
        var firstName = ApiClient.UniqueDepartment();
        var secondName = ApiClient.UniqueDepartment();
        var first = await api.ImportSeedAsync(firstName);
        var second = await api.ImportSeedAsync(secondName);
        var admin = await AdminPages.SignInAsync(app);
        var regionName = AdminPages.Unique("测试县");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.CreateRegionAsync(regionName, regionName + "财政局")).Status);
        var regionId = await admin.RegionIdAsync(regionName);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddDepartmentAsync(regionId, firstName)).Status);
        var reviewer = await admin.CreateUserAsync(AdminPages.Unique("rev-"), UserRole.FinanceReviewer, region: regionName);
        using var session = await CookieSession.SignInAsync(app, reviewer.UserName, reviewer.Password);
        async Task<HttpStatusCode> SeesAsync((int DepartmentId, int Year) at)
        {
            using var response = await session.GetAsync($"/departments/{at.DepartmentId}/years/{at.Year}", Ct);
            return response.StatusCode;
        }

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (await SeesAsync(first), await SeesAsync(second)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddDepartmentAsync(regionId, secondName)).Status);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (await SeesAsync(first), await SeesAsync(second)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.RemoveDepartmentAsync(regionId, first.DepartmentId)).Status);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (await SeesAsync(first), await SeesAsync(second)));
        var regions = await admin.GetAsync("/admin/regions");
        Assert.Contains(reviewer.UserName, regions.Html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reset_password_is_shown_once_and_replaces_the_old_one(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var user = await admin.CreateUserAsync(AdminPages.Unique("reset-"), UserRole.Administrator);

        var reset = await admin.UserActionAsync(user.Id, "Password");
        var password = AdminPages.PasswordIn(reset.Html);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var old = await CookieSession.PostSignInAsync(client, user.UserName, user.Password);

        Assert.Equal(HttpStatusCode.OK, reset.Status);
        Assert.True(reset.NoStore);
        Assert.NotEqual(user.Password, password);
        Assert.Contains("用户名或密码不正确", await old.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var signedIn = await CookieSession.SignInAsync(app, user.UserName, password);
        Assert.DoesNotContain(password, (await admin.GetAsync($"/admin/users/{user.Id}")).Html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_disabled_user_is_refused_with_a_clear_message_until_enabled_again(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var user = await admin.CreateUserAsync(AdminPages.Unique("off-"), UserRole.Administrator);

        var disabled = await admin.UserActionAsync(user.Id, "Disable");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var refused = await CookieSession.PostSignInAsync(client, user.UserName, user.Password);
        using var api = await client.PostAsJsonAsync("/api/v1/session", new { userName = user.UserName, password = user.Password }, Ct);
        var shown = await admin.GetAsync($"/admin/users/{user.Id}");
        var enabled = await admin.UserActionAsync(user.Id, "Enable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.Status);
        Assert.Contains("该账户已被系统管理员停用", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("已停用", shown.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enabled.Status);
        using var signedIn = await CookieSession.SignInAsync(app, user.UserName, user.Password);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_user_locked_out_by_wrong_passwords_signs_in_again_once_unlocked(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var user = await admin.CreateUserAsync(AdminPages.Unique("lock-"), UserRole.Administrator);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await CookieSession.PostSignInAsync(client, user.UserName, "not-the-password");
        }
        using var locked = await CookieSession.PostSignInAsync(client, user.UserName, user.Password);
        var shown = await admin.GetAsync($"/admin/users/{user.Id}");

        var unlocked = await admin.UserActionAsync(user.Id, "Unlock");

        Assert.Contains("账户已锁定", await locked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("锁定至", shown.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.Status);
        Assert.Contains("已解除锁定", (await admin.GetAsync(unlocked.Location!)).Html, StringComparison.Ordinal);
        using var signedIn = await CookieSession.SignInAsync(app, user.UserName, user.Password);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_administration_page_has_all_its_text_in_chinese_and_in_english(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var user = await admin.CreateUserAsync(AdminPages.Unique("text-"), UserRole.DepartmentViewer, department: "某县人民检察院");
        string[] pages = ["/admin/users", "/admin/users/new", $"/admin/users/{user.Id}", "/admin/regions"];

        foreach (var language in new[] { "zh", "en" })
        {
            using var switched = await admin.Browser.GetAsync($"/language/{language}?returnUrl=/", Ct);
            foreach (var page in pages)
            {
                var html = (await admin.GetAsync(page)).Html;
                Assert.DoesNotContain("Web.", html, StringComparison.Ordinal);
                Assert.Contains(language == "en" ? "Administration" : "系统管理", html, StringComparison.Ordinal);
            }
            var refused = await admin.SubmitNewUserAsync("", UserRole.DepartmentEditor);
            Assert.Contains(language == "en" ? "Enter a user name." : "请填写用户名。", AdminPages.MessageFor(refused.Html, "Input.UserName"), StringComparison.Ordinal);
        }
    }
}
