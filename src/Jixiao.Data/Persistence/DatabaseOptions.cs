namespace Jixiao.Data.Persistence;

/// <summary>Which database the app uses (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, a file under <see cref="DataFolder"/>) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string; for SQLite it defaults to <c>Data Source=&lt;DataFolder&gt;/jixiao.db</c>,
    /// for PostgreSQL it is required (<c>--ConnectionStrings:Jixiao=...</c> or <c>Database:ConnectionString</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Whether the app applies pending migrations when it starts (the default, for one node and development). With
    /// <c>false</c> a node whose database lacks a migration of this build refuses to start and says so: several nodes
    /// then never change the schema under each other, and the operator migrates once with <c>jixiao db migrate</c>.
    /// </summary>
    public bool ApplyMigrations { get; set; } = true;

    /// <summary>Where the SQLite file lives, relative to the content root.</summary>
    public string DataFolder { get; set; } = "data";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
