namespace Jixiao.Tests.Cli;

/// <summary><c>jixiao user add</c> and <c>jixiao region add</c> on a fresh SQLite database: the first administrator needs no running app.</summary>
public sealed class UserCommandTests
{
    private readonly string _database = Path.Combine(Directory.CreateTempSubdirectory("jixiao-users-").FullName, "jixiao.db");

    [Fact]
    public void The_first_administrator_is_added_with_a_generated_password_shown_once()
    {
        var (exit, output, error) = CliRunner.Run("user", "add", "admin", "--role", "admin", "--database", _database);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("已创建用户 admin", output, StringComparison.Ordinal);
        Assert.Matches("初始密码.*：[A-Za-z0-9_-]{20}", output);
    }

    [Fact]
    public void A_reviewer_needs_an_existing_region_and_a_name_is_taken_once()
    {
        var noRegion = CliRunner.Run("user", "add", "rev", "--role", "reviewer", "--region", "某县", "--database", _database);
        var region = CliRunner.Run("region", "add", "某县", "--bureau", "某县财政局", "--database", _database);
        var reviewer = CliRunner.Run("user", "add", "rev", "--role", "reviewer", "--region", "某县", "--database", _database);
        var again = CliRunner.Run("user", "add", "rev", "--role", "admin", "--database", _database, "--lang", "en");

        Assert.Equal(2, noRegion.Exit);
        Assert.Contains("jixiao region add", noRegion.Err, StringComparison.Ordinal);
        Assert.Equal(0, region.Exit);
        Assert.Equal(0, reviewer.Exit);
        Assert.Equal(2, again.Exit);
        Assert.Contains("That user name is taken", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editor_names_an_imported_department()
    {
        var (exit, _, error) = CliRunner.Run("user", "add", "ed", "--role", "editor", "--department", "不存在的部门", "--database", _database);

        Assert.Equal(2, exit);
        Assert.Contains("没有名为“不存在的部门”的部门", error, StringComparison.Ordinal);
    }
}
