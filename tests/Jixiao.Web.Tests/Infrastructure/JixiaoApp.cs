using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database of the given kind: a fresh SQLite file or a fresh PostgreSQL database,
/// migrated on start like production, with or without the demo data.
/// </summary>
public sealed class JixiaoApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _folder;
    private readonly bool _kestrel;
    private readonly TimeProvider? _clock;

    /// <summary>The app on a new database of <paramref name="kind"/> (on <paramref name="postgres"/> for PostgreSQL), with the
    /// demo data or not, in-process or on a real port (<paramref name="kestrel"/>); <paramref name="clock"/> is the app's
    /// clock (sessions, audit times) when a test moves time itself, the system's otherwise. An existing database instead of a new
    /// one: <paramref name="sqliteFolder"/> (a folder holding <c>jixiao.db</c>, deleted with the app) or <paramref name="postgresConnection"/>.
    /// <paramref name="settings"/> adds or overrides configuration. The sign-in limit per address is lifted (tests sign in
    /// hundreds of users from one address) unless a test sets <c>SignIn:PermitsPerMinute</c> itself.</summary>
    public JixiaoApp(DatabaseKind kind, PostgresCluster? postgres, bool demo, bool kestrel = false, TimeProvider? clock = null,
        string? sqliteFolder = null, string? postgresConnection = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Kind = kind;
        _kestrel = kestrel;
        _clock = clock;
        _settings = new() { ["Demo:Seed"] = demo ? "true" : "false", ["Logging:LogLevel:Default"] = "Warning", ["SignIn:PermitsPerMinute"] = "1000000" };
        if (kind == DatabaseKind.Postgres)
        {
            _settings["Database:Provider"] = "Postgres";
            _settings["ConnectionStrings:Jixiao"] = postgresConnection
                ?? (postgres ?? throw new ArgumentNullException(nameof(postgres))).NewDatabase("jixiao_test");
        }
        else
        {
            _folder = sqliteFolder ?? Directory.CreateTempSubdirectory("jixiao-sqlite-").FullName;
            _settings["Database:DataFolder"] = _folder;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    public DatabaseKind Kind { get; }

    /// <summary>Whether the app listens on a real port (browser tests); clients then go there.</summary>
    public bool IsKestrel => _kestrel;

    /// <summary>The database as the <c>jixiao</c> administration verbs take it (<c>--database</c> file folder or connection string).</summary>
    public string[] DatabaseArguments =>
        ["--database", _settings.TryGetValue("ConnectionStrings:Jixiao", out var connection) && connection is not null ? connection : _settings["Database:DataFolder"]!];

    /// <summary>Where a Kestrel-hosted app listens (browser tests).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>A DI scope of the running app, to use its database and features directly.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseEnvironment(_kestrel ? "Production" : "Development");
        if (_clock is { } clock)
        {
            builder.ConfigureServices(s => s.AddSingleton(clock));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
