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

    /// <summary>Where the SQLite file lives, relative to the content root.</summary>
    public string DataFolder { get; set; } = "data";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
