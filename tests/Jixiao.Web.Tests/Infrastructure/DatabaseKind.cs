namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>The databases every integration test runs on (bitwarden's DatabaseData idea).</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

public static class Databases
{
    /// <summary>Use with <c>[Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]</c>.</summary>
    public static TheoryData<DatabaseKind> Both => [DatabaseKind.Sqlite, DatabaseKind.Postgres];
}
