using Jixiao.Data.Persistence.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Jixiao.Data.Persistence;

/// <summary>Registers the database chosen by configuration and brings its schema up to date on start.</summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddJixiaoDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.ConnectionString ?? configuration.GetConnectionString("Jixiao");
        // Every save is audited; who saves is the host's to say (the web app registers the signed-in user first).
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditActor, SystemActor>();
        services.TryAddSingleton<AuditInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider=Postgres needs a connection string: --ConnectionStrings:Jixiao=\"Host=...;Database=jixiao;Username=...\".");
                }
                services.AddDbContextPool<JixiaoDb, PostgresJixiaoDb>((sp, o) => o.UseNpgsql(WithAutoPrepare(connectionString)).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            case DatabaseProvider.Sqlite:
                connectionString ??= DefaultSqlite(options, environment);
                services.AddDbContextPool<JixiaoDb, SqliteJixiaoDb>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }
        return services;
    }

    /// <summary>
    /// Brings the schema up to date on start (<see cref="DatabaseOptions.ApplyMigrations"/>), or, when the operator
    /// migrates, checks that nothing is pending and refuses to start otherwise.
    /// </summary>
    public static async Task PrepareOnStartAsync(JixiaoDb db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.ApplyMigrations)
        {
            await MigrateAsync(db, cancellationToken);
            return;
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database lacks {pending.Count} migration(s) of this build ({string.Join(", ", pending)}) and Database:ApplyMigrations is false: " +
                "run `jixiao db migrate --database …` first, then start the nodes.");
        }
    }

    /// <summary>Applies the provider's migrations (creating the database when missing).</summary>
    public static async Task MigrateAsync(JixiaoDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets pages read while an edit is written; the default rollback journal blocks readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a connection runs often (unless the connection string sets Max Auto Prepare
    /// itself): the server then parses and plans the page's queries once per connection instead of on every request.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey is true for every keyword it knows; only the plain builder says
        // whether the string itself has the key.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 50;
        }
        return builder.ConnectionString;
    }

    private static string DefaultSqlite(DatabaseOptions options, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(options.DataFolder, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "jixiao.db"), Pooling = true }.ToString();
    }
}
