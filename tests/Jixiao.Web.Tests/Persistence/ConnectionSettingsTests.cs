using Jixiao.Data.Persistence;
using Npgsql;

namespace Jixiao.Web.Tests.Persistence;

/// <summary>PostgreSQL connections prepare the statements they run often unless the connection string says otherwise.</summary>
public sealed class ConnectionSettingsTests
{
    [Theory]
    [InlineData("Host=db;Database=jixiao", 50)]
    [InlineData("Host=db;Database=jixiao;Maximum Pool Size=64", 50)]
    [InlineData("Host=db;Database=jixiao;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=jixiao;max auto prepare=10", 10)]
    [InlineData("Host=db;Database=jixiao;MaxAutoPrepare=20", 20)]
    public void Auto_prepare_is_on_unless_the_connection_string_sets_it(string given, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseRegistration.WithAutoPrepare(given));

        Assert.Equal(expected, result.MaxAutoPrepare);
        Assert.Equal("db", result.Host);
    }
}
