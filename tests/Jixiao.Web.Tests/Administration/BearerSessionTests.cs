using System.Net;
using Jixiao.Data.Accounts;
using Jixiao.Data.Administration;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Administration;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Administration;

/// <summary>A program's bearer token ends with its user: disabled, deleted, or given another role.</summary>
public sealed class BearerSessionTests(TestApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What the administrator does to the token's user, on the services the pages use.</summary>
    public static TheoryData<DatabaseKind, string> Changes => new()
    {
        { DatabaseKind.Sqlite, "disable" },
        { DatabaseKind.Postgres, "disable" },
        { DatabaseKind.Sqlite, "delete" },
        { DatabaseKind.Postgres, "delete" },
        { DatabaseKind.Sqlite, "reset password" },
        { DatabaseKind.Postgres, "reset password" },
        { DatabaseKind.Sqlite, "role change" },
        { DatabaseKind.Postgres, "role change" },
    };

    [Theory, MemberData(nameof(Changes))]
    public async Task A_token_stops_working_at_the_next_check_after_its_user_changes(DatabaseKind kind, string change)
    {
        var clock = new ManualClock();
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await apps.PostgresAsync() : null, demo: true, clock: clock);
        var name = $"token-{Guid.NewGuid():N}"[..30];
        var password = await app.AddAsync(name, UserRole.Administrator);
        await app.AddAsync($"admin-{Guid.NewGuid():N}"[..30], UserRole.Administrator); // so that the token's user is not the last one
        using var client = await app.SignedInClientAsync(name, password);
        var before = (await client.GetAsync("/api/v1/years", Ct)).StatusCode;

        await using (var scope = app.CreateScope())
        {
            var id = (await scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>().FindByNameAsync(name))!.Id;
            var outcome = change switch
            {
                "disable" => (await scope.ServiceProvider.GetRequiredService<SignInCommands>().DisableAsync(null, id, Ct)).Succeeded,
                "delete" => (await scope.ServiceProvider.GetRequiredService<UserCommands>().DeleteAsync(null, id, Ct)).Succeeded,
                "role change" => (await scope.ServiceProvider.GetRequiredService<UserCommands>().ChangeRoleAsync(null, id, new RoleInput(UserRole.DepartmentViewer, "某县人民检察院", null), Ct)).Succeeded,
                _ => (await scope.ServiceProvider.GetRequiredService<SignInCommands>().ResetPasswordAsync(id, Ct)).Succeeded,
            };
            Assert.True(outcome);
        }
        var withinTheInterval = (await client.GetAsync("/api/v1/years", Ct)).StatusCode;
        clock.Advance(AccountRegistration.SessionCheckInterval + TimeSpan.FromSeconds(1));
        using var after = await client.GetAsync("/api/v1/years", Ct);
        var problem = await after.Content.ReadAsStringAsync(Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized), (before, withinTheInterval, after.StatusCode));
        Assert.Contains("登录已失效", problem, StringComparison.Ordinal);
    }
}
