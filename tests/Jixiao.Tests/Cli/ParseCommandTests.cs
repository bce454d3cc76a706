using Jixiao.Cli;

namespace Jixiao.Tests.Cli;

public sealed class ParseCommandTests
{
    private static readonly string Seed = Samples.PathOf(Samples.SeedFile);

    [Fact]
    public void Parsing_the_seed_prints_canonical_json_and_the_heading_warning_with_its_line()
    {
        var (exit, output, error) = CliRunner.Run("parse", Seed, "--department", "某县人民检察院");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("{\n  \"schemaVersion\": \"1.1\"", output, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"某县人民检察院\"", output, StringComparison.Ordinal);
        Assert.Contains($"{Seed}:26: 警告 [text-artifact]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_come_in_english_with_lang_en()
    {
        var (_, _, error) = CliRunner.Run("parse", Seed, "--department", "某县人民检察院", "--lang", "en");
        Assert.Contains(":26: warning [text-artifact] The heading", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Our_json_read_back_writes_the_same_bytes()
    {
        var first = Path.Combine(Directory.CreateTempSubdirectory("jixiao-cli-").FullName, "seed.json");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("parse", Seed, "-d", "某县人民检察院", "--out", first).Exit);
        var (exit, output, error) = CliRunner.Run("parse", first);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Equal(File.ReadAllText(first), output);
    }

    [Theory]
    [InlineData("missing", "找不到文件")]
    [InlineData("empty", "是空的")]
    [InlineData("binary", "不是文本文件")]
    [InlineData("junk", "找不到绩效目标")]
    public void Unusable_input_exits_2_with_a_message_naming_the_file_and_no_stack_trace(string kind, string message)
    {
        var path = kind switch
        {
            "missing" => Path.Combine(Path.GetTempPath(), "no-such-jixiao-file.txt"),
            "empty" => CliRunner.TempFile("empty.txt", []),
            "binary" => CliRunner.TempFile("binary.txt", [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0]),
            _ => CliRunner.TempFile("junk.txt", "会议纪要\n一、讨论了下半年工作安排。\n"u8.ToArray()),
        };
        var (exit, output, error) = CliRunner.Run("parse", path);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1800")]
    [InlineData("99999")]
    public void A_year_out_of_range_exits_2_with_a_message_not_a_crash(string year)
    {
        var json = Path.Combine(Directory.CreateTempSubdirectory("jixiao-cli-").FullName, "seed.json");
        Assert.Equal(ExitCodes.Ok, CliRunner.Run("parse", Seed, "-d", "某县人民检察院", "--out", json).Exit);
        foreach (var file in new[] { Seed, json })
        {
            var (exit, _, error) = CliRunner.Run("parse", file, "--year", year);
            Assert.Equal(ExitCodes.BadInput, exit);
            Assert.Contains("[year-invalid]", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wrong_option_exits_2_and_points_to_help()
    {
        var (exit, _, error) = CliRunner.Run("parse", Seed, "--no-such-option");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_verb_has_help_in_chinese_and_in_english()
    {
        var verbs = VerbNames();
        Assert.NotEmpty(verbs);
        foreach (var verb in verbs)
        {
            var (exit, output, _) = CliRunner.Run(verb, "--help");
            Assert.Equal(ExitCodes.Ok, exit);
            // The usage line names the executable, which in-process is the test host: check the verb.
            Assert.Contains($" {verb} ", output[output.IndexOf("Usage:", StringComparison.Ordinal)..], StringComparison.Ordinal);
            var english = CliRunner.Run(verb, "--help", "--lang", "en").Out;
            Assert.NotEqual(output, english);
        }
    }

    private static string[] VerbNames()
    {
        var (_, output, _) = CliRunner.Run("--help");
        var commands = output[output.IndexOf("Commands:", StringComparison.Ordinal)..];
        return [.. commands.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.Split(' ')[0])];
    }
}
