using System.Net;
using Jixiao.Data.Accounts;
using Jixiao.Data.Administration;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Administration;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Administration;

/// <summary>The system keeps an administrator: nobody removes their own account, and the last administrator who can sign in stays.</summary>
public sealed class AdministratorRulesTests(TestApps apps) : IntegrationTest(apps)
{
    private const string NotYourself = "不能停用、删除或降级您自己的账户";
    private const string LastAdministrator = "这是最后一位可以登录的系统管理员";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrator_cannot_delete_disable_or_demote_their_own_account(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await AdminPages.SignInAsync(app);
        var self = await admin.UserIdAsync(admin.UserName);

        var page = await admin.GetAsync($"/admin/users/{self}");
        var deleted = await admin.UserActionAsync(self, "Delete");
        var disabled = await admin.UserActionAsync(self, "Disable");
        var demoted = await admin.ChangeRoleAsync(self, UserRole.DepartmentViewer, department: "某县人民检察院");

        Assert.Contains("这是您自己的账户", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Disable", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Role", page.Html, StringComparison.Ordinal);
        foreach (var refused in new[] { deleted, disabled, demoted })
        {
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains(NotYourself, refused.Html, StringComparison.Ordinal);
        }
        await using var scope = app.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>().FindByNameAsync(admin.UserName);
        Assert.Equal((UserRole.Administrator, false), (user!.Role, user.IsDisabled));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_last_administrator_who_can_sign_in_cannot_be_deleted_disabled_or_demoted(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        await app.AddAsync("only-admin", UserRole.Administrator);
        await app.AddAsync("second-admin", UserRole.Administrator);
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserCommands>();
        var signIns = scope.ServiceProvider.GetRequiredService<SignInCommands>();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>();
        var only = (await manager.FindByNameAsync("only-admin"))!.Id;
        var second = (await manager.FindByNameAsync("second-admin"))!.Id;
        var region = await scope.ServiceProvider.GetRequiredService<RegionCommands>().CreateAsync(new RegionInput("某县", "某县财政局"), Ct);

        // The system itself (the command line) is no administrator: only the count protects.
        Assert.True((await signIns.DisableAsync(null, second, Ct)).Succeeded);
        var outcomes = new[]
        {
            (await users.DeleteAsync(null, only, Ct)).Failure,
            (await signIns.DisableAsync(null, only, Ct)).Failure,
            (await users.ChangeRoleAsync(null, only, new RoleInput(UserRole.FinanceReviewer, null, region.Value!.Name), Ct)).Failure,
        };
        Assert.All(outcomes, f => Assert.Equal("Web.Admin.User.LastAdministrator", f?.Message.Key));
        Assert.True((await signIns.EnableAsync(second, Ct)).Succeeded);
        Assert.True((await users.DeleteAsync(null, only, Ct)).Succeeded);
        Assert.Equal(UserRole.Administrator, (await manager.FindByIdAsync(second))!.Role);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_administrators_deleted_at_the_same_moment_leave_one(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        string[] names = ["first-admin", "second-admin"];
        foreach (var name in names)
        {
            await app.AddAsync(name, UserRole.Administrator);
        }

        var outcomes = await Task.WhenAll(names.Select(name => Task.Run(async () =>
        {
            await using var scope = app.CreateScope();
            var id = (await scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>().FindByNameAsync(name))!.Id;
            return await scope.ServiceProvider.GetRequiredService<UserCommands>().DeleteAsync(null, id, Ct);
        }, Ct)));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Single(outcomes, o => o.Failure?.Message.Key == "Web.Admin.User.LastAdministrator");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_disabled_administrators_open_session_cannot_remove_the_last_one_and_ends_at_its_next_check(DatabaseKind kind)
    {
        var clock = new ManualClock();
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false, clock: clock);
        var first = await AdminPages.SignInAsync(app);
        var second = await AdminPages.SignInAsync(app);
        var firstId = await second.UserIdAsync(first.UserName);
        var secondId = await first.UserIdAsync(second.UserName);

        Assert.Equal(HttpStatusCode.Redirect, (await second.UserActionAsync(firstId, "Disable")).Status);
        var disable = await first.UserActionAsync(secondId, "Disable");
        var delete = await first.UserActionAsync(secondId, "Delete");
        clock.Advance(AccountRegistration.SessionCheckInterval + TimeSpan.FromSeconds(1));
        var ended = await first.GetAsync("/admin/users");
        var kept = await second.GetAsync("/admin/users");

        Assert.Contains(LastAdministrator, AdminPages.MessageFor(disable.Html, "disable"), StringComparison.Ordinal);
        Assert.Contains(LastAdministrator, AdminPages.MessageFor(delete.Html, "delete"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Contains("/account/sign-in", ended.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, kept.Status);
    }
}
