using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Production;

/// <summary>
/// The data-protection key ring lives in the database on both providers (TwoNodeTests shows two processes sharing
/// it); storing a key is a synchronous save, which the audit interceptor allows only because nothing audited is in it.
/// </summary>
public sealed class KeyRingTests(TestApps apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_running_app_keeps_its_keys_in_the_database(DatabaseKind kind)
    {
        var app = await apps.AppAsync(kind);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();

        var keys = await db.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken);

        Assert.True(keys >= 1);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_synchronous_save_is_allowed_for_keys_and_refused_for_anything_audited(DatabaseKind kind)
    {
        var app = await apps.AppAsync(kind);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var key = new DataProtectionKey { FriendlyName = "test", Xml = "<key-of-a-test/>" };
        db.DataProtectionKeys.Add(key);

        var saved = db.SaveChanges();
        db.DataProtectionKeys.Remove(key);
        db.SaveChanges();
        db.Audit.Note(new AuditNote("test/1", "test", null, null));
        var refused = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        Assert.Equal(1, saved);
        Assert.Contains("SaveChangesAsync", refused.Message, StringComparison.Ordinal);
    }
}
