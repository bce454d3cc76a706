using System.Net;
using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Administration;

/// <summary>系统管理 is for administrators: every other role is refused every page and post (403), anonymous users are sent to sign in.</summary>
public sealed class AdministrationAccessTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Other_roles_get_403_and_anonymous_users_are_sent_to_sign_in_on_every_admin_page_and_post(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var target = await admin.UserIdAsync(admin.UserName);
        string[] pages = ["/admin/users", "/admin/users/new", $"/admin/users/{target}", "/admin/regions"];
        string?[] handlers = [null, "Create", "Role", "Password", "Unlock", "Disable", "Enable", "Delete", "Add", "Remove"];
        int departmentId, regionId;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            (departmentId, regionId) = await db.Departments.Where(d => d.Name == "某县人民检察院").Select(d => new ValueTuple<int, int>(d.Id, d.RegionId!.Value)).FirstAsync(Ct);
        }

        foreach (var role in new[] { UserRole.FinanceReviewer, UserRole.DepartmentEditor, UserRole.DepartmentViewer })
        {
            var name = $"{role}-{Guid.NewGuid():N}"[..30];
            var password = await app.AddAsync(name, role, departmentId: role == UserRole.FinanceReviewer ? null : departmentId, regionId: role == UserRole.FinanceReviewer ? regionId : null);
            using var session = await CookieSession.SignInAsync(app, name, password);
            var token = CookieSession.TokenIn(await session.GetStringAsync("/", Ct));
            Assert.DoesNotContain("href=\"/admin/users\"", await session.GetStringAsync("/", Ct), StringComparison.Ordinal);
            foreach (var page in pages)
            {
                await AssertRefusedAsync(session, HttpMethod.Get, page, token, "/account/denied");
                foreach (var handler in handlers)
                {
                    await AssertRefusedAsync(session, HttpMethod.Post, handler is null ? page : $"{page}?handler={handler}", token, "/account/denied");
                }
            }
            using var denied = await session.GetAsync("/account/denied", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var page in pages)
        {
            await AssertRefusedAsync(anonymous, HttpMethod.Get, page, "", "/account/sign-in");
            await AssertRefusedAsync(anonymous, HttpMethod.Post, $"{page}?handler=Delete", "", "/account/sign-in");
        }
        Assert.Contains("href=\"/admin/users\"", (await admin.GetAsync("/")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/users/{target}")).Status);
        await using var check = app.CreateScope();
        var stored = check.ServiceProvider.GetRequiredService<JixiaoDb>();
        Assert.False(await stored.Users.AnyAsync(u => u.UserName == "intruder", Ct));
        Assert.False(await stored.Regions.AnyAsync(r => r.Name == "intruder", Ct));
        Assert.Equal(nameof(UserRole.Administrator), (await stored.Users.SingleAsync(u => u.Id == target, Ct)).Role.ToString());
    }

    private static async Task AssertRefusedAsync(HttpClient client, HttpMethod method, string url, string token, string sentTo)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.UserName"] = "intruder", ["Input.Role"] = nameof(UserRole.Administrator),
                ["Input.Name"] = "intruder", ["Input.FinanceBureau"] = "intruder", ["regionId"] = "1", ["departmentId"] = "1", ["department"] = "intruder",
            });
        }
        using var response = await client.SendAsync(request, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url}: {response.StatusCode}");
        Assert.Contains(sentTo, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
