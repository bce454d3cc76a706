using System.CommandLine;
using Jixiao.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Jixiao.Cli.Commands;

/// <summary>
/// The web app's database for the administration verbs: <c>--database</c> takes a PostgreSQL connection string
/// (<c>Host=…;Database=…;Username=…</c>) or a SQLite file (default: the one <c>scripts/run.sh</c> uses). Verbs that
/// write bring the schema up to date first, so the first administrator can be added before the app ever ran; verbs
/// that only read (<c>audit verify</c>) open the database as it is and never create or change it.
/// </summary>
internal static class CliDatabase
{
    public const string DefaultSqlite = "src/Jixiao.Web/data/jixiao.db";

    public static Option<string> Option(CliConsole console) => new("--database")
    {
        Description = CliText.Get("Cli.Database", console.Culture),
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("JIXIAO_DATABASE") is { Length: > 0 } given ? given : DefaultSqlite,
    };

    /// <summary>
    /// A host with the database and the user store, migrated unless <paramref name="migrate"/> is false (then SQLite is
    /// opened read only, unless <paramref name="create"/> says the caller will write it).
    /// </summary>
    public static async Task<IHost> OpenAsync(string database, Action<IServiceCollection> add, CancellationToken cancellationToken, bool migrate = true, bool create = false)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Environment.CurrentDirectory });
        var postgres = database.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres ? nameof(DatabaseProvider.Postgres) : nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Jixiao"] = postgres ? database : SqliteConnection(database, migrate || create),
        });
        builder.Services.AddLogging();
        builder.Services.AddJixiaoDatabase(builder.Configuration, builder.Environment);
        add(builder.Services);
        var host = builder.Build();
        if (migrate)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await DatabaseRegistration.MigrateAsync(scope.ServiceProvider.GetRequiredService<JixiaoDb>(), cancellationToken);
        }
        return host;
    }

    private static string SqliteConnection(string path, bool create)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "jixiao.db") : path;
        if (create)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        return new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly }.ToString();
    }
}
