using System.Net;
using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Persistence;

/// <summary>Demo:Seed=false starts with an empty, migrated database, and the overview says what to do first.</summary>
public sealed class EmptyStartTests(TestApps apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_demo_the_database_is_empty_and_the_overview_points_to_import(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await apps.PostgresAsync() : null, demo: false);
        using var client = await app.ClientAsAsync(UserRole.Administrator);

        var years = await client.GetStringAsync("/api/v1/years", TestContext.Current.CancellationToken);
        var overview = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal("[]", years);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("还没有任何部门的绩效目标", await overview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
