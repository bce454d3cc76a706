namespace Jixiao.Tests.Cli;

/// <summary>parse and lint over several files or a folder (issue 14: batch digitisation).</summary>
public sealed class BatchCommandTests
{
    private static string Folder()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-batch-").FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "corpus", "files", "a-roads-declaration.html"), Path.Combine(folder, "a.html"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "corpus", "files", "c-flat-projects.xlsx"), Path.Combine(folder, "c.xlsx"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "corpus", "files", "h-roads-cut.tabs.txt"), Path.Combine(folder, "h.txt"));
        return folder;
    }

    [Fact]
    public void Parse_of_a_folder_writes_one_json_per_file_shows_progress_and_ends_with_a_table()
    {
        var folder = Folder();
        var output = Path.Combine(folder, "json");
        var (exit, stdout, stderr) = CliRunner.Run("parse", folder, "-o", output);
        Assert.Equal(0, exit);
        Assert.Contains("[3/3]", stderr, StringComparison.Ordinal);
        Assert.Equal(["a.html.json", "c.xlsx.json", "h.txt.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("合计 3 个文件", stdout, StringComparison.Ordinal);
        var cut = Assert.Single(stdout.Split('\n'), l => l.Contains("h.txt", StringComparison.Ordinal));
        Assert.Equal(["txt", "1", "6", "1"], cut.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..5]);
    }

    [Fact]
    public void Lint_of_several_files_reports_each_and_sums_the_findings_and_an_unusable_file_gives_exit_2()
    {
        var folder = Folder();
        var junk = Path.Combine(folder, "junk.txt");
        File.WriteAllText(junk, "会议纪要\n");
        var (exit, stdout, _) = CliRunner.Run("lint", Path.Combine(folder, "a.html"), Path.Combine(folder, "c.xlsx"), junk, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains("3 files in all", stdout, StringComparison.Ordinal);
        Assert.Contains("unusable", stdout, StringComparison.Ordinal);
    }
}
