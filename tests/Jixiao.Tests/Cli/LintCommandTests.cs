using System.Text.Json;
using Jixiao.Cli;

namespace Jixiao.Tests.Cli;

/// <summary><c>jixiao lint</c> through the real command line: report, JSON, languages, filters, exit codes.</summary>
public sealed class LintCommandTests
{
    private static readonly string Seed = Samples.PathOf(Samples.SeedFile);

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void The_seed_has_errors_so_lint_exits_1_with_a_report_grouped_by_fund_and_indicator()
    {
        var (exit, output, _) = Run("lint", Seed, "-d", Samples.SeedDepartment);
        Assert.Equal(ExitCodes.Findings, exit);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        var fund = output.IndexOf("\n办公用房租赁费\n", StringComparison.Ordinal);
        var indicator = output.IndexOf("\n  保障各项检察工作\n", StringComparison.Ordinal);
        var gap = output.IndexOf("ladder-gap", StringComparison.Ordinal);
        Assert.True(fund > 0 && indicator > fund && gap > indicator, output);
        Assert.Contains("第 129 行", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_findings_with_rule_severity_place_and_message_in_english()
    {
        var (exit, output, _) = Run("lint", Seed, "-d", Samples.SeedDepartment, "--json", "--lang", "en");
        Assert.Equal(ExitCodes.Findings, exit);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var overlap = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "ladder-overlap");
        Assert.Equal("error", overlap.GetProperty("severity").GetString());
        Assert.Equal("办案业务、办案设备及科技强检经费", overlap.GetProperty("fund").GetString());
        Assert.Equal("采纳率", overlap.GetProperty("indicator").GetString());
        Assert.Equal("≥60中", overlap.GetProperty("step").GetString());
        Assert.True(overlap.GetProperty("line").GetInt32() > 0);
        Assert.Contains("strictly decreasing", overlap.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Min_severity_error_keeps_only_errors()
    {
        var (_, output, _) = Run("lint", Seed, "-d", Samples.SeedDepartment, "--json", "--min-severity", "error");
        using var json = JsonDocument.Parse(output);
        var severities = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()).ToList();
        Assert.NotEmpty(severities);
        Assert.All(severities, s => Assert.Equal("error", s));
    }

    [Fact]
    public void A_table_without_errors_exits_0()
    {
        var path = CliRunner.TempFile("sound.json", Jixiao.Formats.Json.CanonicalJson.Serialize(Jixiao.Tests.Checks.Lint.With()));
        var (exit, output, _) = Run("lint", path, "--lang", "en");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("0 findings", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/nonexistent/table.txt")]
    [InlineData("/etc/hostname")]
    public void Unusable_input_exits_2_with_a_message_naming_the_file(string path)
    {
        var (exit, output, error) = Run("lint", path, "--lang", "en");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Empty(output);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_profile_exits_2()
    {
        var (exit, _, error) = Run("lint", Seed, "--profile", "/nonexistent/profile.json");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("profile.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_severity_is_a_usage_error() =>
        Assert.Equal(ExitCodes.BadInput, Run("lint", Seed, "--min-severity", "fatal").Exit);
}
