extern alias cli;
using System.Net;
using Jixiao.Data.Persistence;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using JixiaoCli = cli::Jixiao.Cli.JixiaoCli;

namespace Jixiao.Web.Tests.Production;

/// <summary>
/// <c>Database:ApplyMigrations=false</c>: a node refuses a database that lacks a migration of its build and names the
/// verb that fixes it; <c>jixiao db status</c> lists what is pending and <c>jixiao db migrate</c> applies it; /readyz
/// answers 503 while a migration is missing and 200 when none is.
/// </summary>
public sealed class MigrationSwitchTests(TestApps apps)
{
    private static readonly Dictionary<string, string?> NoMigrations = new() { ["Database:ApplyMigrations"] = "false" };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_node_that_may_not_migrate_refuses_a_new_database_until_jixiao_db_migrate_ran(DatabaseKind kind)
    {
        var postgres = kind == DatabaseKind.Postgres ? await apps.PostgresAsync() : null;
        var folder = Directory.CreateTempSubdirectory("jixiao-migrate-").FullName;
        var connection = postgres?.NewDatabase("jixiao_migrate");
        var database = connection ?? folder;

        Exception refused;
        await using (var first = new JixiaoApp(kind, postgres, demo: false, sqliteFolder: folder, postgresConnection: connection, settings: NoMigrations))
        {
            refused = Assert.ThrowsAny<Exception>(() => first.Server);
        }
        Directory.CreateDirectory(folder);
        var before = Cli("db", "status", "--database", database);
        var migrated = Cli("db", "migrate", "--database", database);
        var after = Cli("db", "status", "--database", database);
        await using var second = new JixiaoApp(kind, postgres, demo: false, sqliteFolder: folder, postgresConnection: connection, settings: NoMigrations);
        using var client = second.CreateClient();
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("jixiao db migrate", AllMessages(refused), StringComparison.Ordinal);
        Assert.Equal(1, before.Exit);
        Assert.Contains("Pending migration: ", before.Output, StringComparison.Ordinal);
        Assert.Equal(0, migrated.Exit);
        Assert.Contains("Applying migration: ", migrated.Output, StringComparison.Ordinal);
        Assert.Equal(0, after.Exit);
        Assert.Contains("up to date", after.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Readiness_fails_while_a_migration_is_missing_and_liveness_does_not(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await apps.PostgresAsync() : null, demo: false);
        using var client = app.CreateClient();
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var last = (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).Last();

        var readyBefore = await StatusAsync(client, "/readyz");
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""", TestContext.Current.CancellationToken);
        var readyWithout = await StatusAsync(client, "/readyz");
        var liveWithout = await StatusAsync(client, "/healthz");

        Assert.Equal(HttpStatusCode.OK, readyBefore);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWithout);
        Assert.Equal(HttpStatusCode.OK, liveWithout);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var answer = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return answer.StatusCode;
    }

    private static (int Exit, string Output) Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run([.. args, "--lang", "en"], output, error);
        return (exit, output.ToString() + error);
    }

    private static string AllMessages(Exception exception) =>
        exception.InnerException is null ? exception.Message : exception.Message + "\n" + AllMessages(exception.InnerException);
}
