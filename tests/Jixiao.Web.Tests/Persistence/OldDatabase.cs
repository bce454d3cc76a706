using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Jixiao.Web.Tests.Persistence;

/// <summary>
/// A database written by an earlier Jixiao (<c>Fixtures/README.md</c>): the SQLite fixture as a copy in a new folder, or the
/// same rows in a new PostgreSQL database built at the fixture's schema (the migrations up to the fixture's last one) and
/// filled by copying every row across, converting each value to the column's PostgreSQL type.
/// </summary>
internal static class OldDatabase
{
    public const string Fixture = "Persistence/Fixtures/jixiao-main-2026-12-02.db";

    /// <summary>The last migration the fixture's code had.</summary>
    public const string LastMigration = "Governance";

    /// <summary>The audit anchor of the fixture: its last record's sequence and hash.</summary>
    public const string Anchor = "64:452b5f6eba4a8b1210a73f73b7de690214b39123750d6560a48aa3fdfdc29a55";

    /// <summary>Tables in the order their foreign keys need.</summary>
    private static readonly string[] Tables =
    [
        "regions", "departments", "users", "user_claims", "user_logins", "user_tokens", "goal_sets", "funds", "indicators",
        "goal_set_workflows", "goal_set_versions", "pending_imports", "audit_records",
    ];

    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, Fixture);

    /// <summary>A new folder holding a copy of the fixture as <c>jixiao.db</c>.</summary>
    public static string SqliteCopy()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-old-").FullName;
        File.Copy(FixturePath, Path.Combine(folder, "jixiao.db"));
        return folder;
    }

    /// <summary>Rows of the fixture itself, read with plain SQL (the old schema has no model in today's code).</summary>
    public static List<Dictionary<string, object?>> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={FixturePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return ReadAll(command);
    }

    /// <summary>A new PostgreSQL database at the fixture's schema holding the fixture's rows; its connection string.</summary>
    public static async Task<string> PostgresCopyAsync(string connectionString, CancellationToken ct)
    {
        var options = new DbContextOptionsBuilder<PostgresJixiaoDb>().UseNpgsql(connectionString).Options;
        await using (var db = new PostgresJixiaoDb(options))
        {
            var migration = db.Database.GetMigrations().Single(m => m.EndsWith("_" + LastMigration, StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migration, ct);
        }
        await using var target = new NpgsqlConnection(connectionString);
        await target.OpenAsync(ct);
        foreach (var table in Tables)
        {
            var types = await ColumnTypesAsync(target, table, ct);
            foreach (var row in Query($"SELECT * FROM \"{table}\""))
            {
                await using var insert = target.CreateCommand();
                var columns = row.Keys.ToList();
                insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                    $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
                for (var i = 0; i < columns.Count; i++)
                {
                    insert.Parameters.AddWithValue($"p{i}", Convert(row[columns[i]], types[columns[i]]) ?? DBNull.Value);
                }
                await insert.ExecuteNonQueryAsync(ct);
            }
            if (types.TryGetValue("Id", out var idType) && idType is "integer" or "bigint")
            {
                await using var sequence = target.CreateCommand();
                sequence.CommandText = $"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM {table}), false)";
                await sequence.ExecuteScalarAsync(ct);
            }
        }
        return connectionString;
    }

    private static async Task<Dictionary<string, string>> ColumnTypesAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = @t";
        command.Parameters.AddWithValue("t", table);
        return ReadAll(command).ToDictionary(r => (string)r["column_name"]!, r => (string)r["data_type"]!);
    }

    /// <summary>A SQLite value as the PostgreSQL column wants it: booleans from 0/1, text arrays from JSON, times from text.</summary>
    private static object? Convert(object? value, string type) => value switch
    {
        null => null,
        long number when type == "boolean" => number != 0,
        long number when type == "integer" => (int)number,
        long number when type == "smallint" => (short)number,
        string text when type == "ARRAY" => JsonSerializer.Deserialize<string[]>(text),
        string text when type == "uuid" => Guid.Parse(text),
        string text when type.StartsWith("timestamp", StringComparison.Ordinal) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUniversalTime(),
        _ => value,
    };

    private static List<Dictionary<string, object?>> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }
}
