extern alias cli;

using System.Net;
using Jixiao.Web.Features.Accounts;
using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using JixiaoCli = cli::Jixiao.Cli.JixiaoCli;

namespace Jixiao.Web.Tests.Administration;

/// <summary>审计: who created, changed, reset, locked and deleted which user, and which region got which department; never a secret.</summary>
public sealed class AdministrationAuditTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task User_and_region_changes_are_audited_without_any_password_hash_stamp_or_password(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var department = ApiClient.UniqueDepartment();
        var at = await (await ClientAsync(kind)).ImportSeedAsync(department);
        var admin = await AdminPages.SignInAsync(app);
        var secrets = new List<string>();
        var name = AdminPages.Unique("audited-");
        var region = AdminPages.Unique("审计县");

        var user = await admin.CreateUserAsync(name, UserRole.DepartmentEditor, department: department);
        secrets.Add(user.Password);
        await KeepSecretsAsync(app, user.Id, secrets);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.ChangeRoleAsync(user.Id, UserRole.DepartmentViewer, department: department)).Status);
        secrets.Add(AdminPages.PasswordIn((await admin.UserActionAsync(user.Id, "Password")).Html));
        await KeepSecretsAsync(app, user.Id, secrets);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UserActionAsync(user.Id, "Disable")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UserActionAsync(user.Id, "Enable")).Status);
        await KeepSecretsAsync(app, user.Id, secrets);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UserActionAsync(user.Id, "Delete")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.CreateRegionAsync(region, region + "财政局")).Status);
        var regionId = await admin.RegionIdAsync(region);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddDepartmentAsync(regionId, department)).Status);

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var records = await db.AuditRecords.AsNoTracking().Where(r => r.Subject == $"user/{user.Id}").OrderBy(r => r.Sequence).ToListAsync(Ct);
        Assert.Equal(["create", "update", "reset-password", "update", "update", "delete"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal(admin.UserName, r.Actor));
        Assert.Contains($"\"userName\":\"{name}\"", records[0].NewValue, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"DepartmentEditor\"", records[0].NewValue, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"DepartmentViewer\"", records[1].NewValue, StringComparison.Ordinal);
        Assert.Equal((null, null), (records[2].OldValue, records[2].NewValue));
        Assert.Contains("\"lockoutEnd\":\"9999-12-31", records[3].NewValue, StringComparison.Ordinal);
        Assert.Contains("\"lockoutEnd\":null", records[4].NewValue, StringComparison.Ordinal);
        Assert.Contains($"\"userName\":\"{name}\"", records[5].OldValue, StringComparison.Ordinal);
        Assert.Single(await db.AuditRecords.Where(r => r.Subject == $"region/{regionId}" && r.Action == "create" && r.Actor == admin.UserName).ToListAsync(Ct));
        var moved = await db.AuditRecords.Where(r => r.Subject == $"department/{at.DepartmentId}" && r.Action == "update").ToListAsync(Ct);
        Assert.Contains(moved, r => r.Actor == admin.UserName && r.NewValue == $"{{\"regionId\":{regionId}}}");

        var stored = await db.AuditRecords.AsNoTracking().Select(r => (r.OldValue ?? "") + (r.NewValue ?? "")).ToListAsync(Ct);
        foreach (var text in stored)
        {
            Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("concurrencyStamp", text, StringComparison.OrdinalIgnoreCase);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, JixiaoCli.Run(["audit", "verify", .. app.DatabaseArguments], output, error));
    }

    /// <summary>The user's password hash and stamps as stored now: none of them may ever be in the trail.</summary>
    private static async Task KeepSecretsAsync(JixiaoApp app, string id, List<string> secrets)
    {
        await using var scope = app.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<JixiaoDb>().Users.AsNoTracking().SingleAsync(u => u.Id == id, Ct);
        secrets.AddRange(new[] { user.PasswordHash, user.SecurityStamp, user.ConcurrencyStamp }.OfType<string>());
    }
}
