using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteJixiaoDb</c> build the model without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJixiaoDb>
{
    public SqliteJixiaoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJixiaoDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresJixiaoDb</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJixiaoDb>
{
    public PostgresJixiaoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJixiaoDb>().UseNpgsql("Host=localhost;Database=jixiao").Options);
}
