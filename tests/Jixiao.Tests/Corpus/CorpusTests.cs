using System.Globalization;
using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;

namespace Jixiao.Tests.Corpus;

/// <summary>
/// The corpus of issue 14 (tests/corpus): documents we wrote ourselves in the published layouts, as pages, Word files,
/// PDF, legacy .doc/.xls/.wps/.et made by LibreOffice, and text copies in every splitting style, each scored cell by
/// cell against the canonical JSON written by hand for it. Writes artifacts/corpus-report.md.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "corpus");

    private static IEnumerable<string> Files() => Directory.EnumerateFiles(Path.Combine(Root, "files")).Order(StringComparer.Ordinal);

    private static (CellScore Score, ImportResult Read) Score(string file)
    {
        var name = Path.GetFileName(file);
        var expected = CanonicalJson.Read(File.ReadAllBytes(Path.Combine(Root, "expected", name[..name.IndexOf('.', StringComparison.Ordinal)] + ".json")), name).GoalSet
            ?? throw new InvalidOperationException($"The expected JSON of {name} must read.");
        var read = DocumentReader.ReadFile(file, new DisclosureReadOptions(name));
        return (CellScore.Of(expected, read.GoalSet), read);
    }

    [Fact]
    public void The_corpus_has_at_least_25_documents_in_every_kind_of_file()
    {
        var files = Files().Select(Path.GetFileName).ToList();
        Assert.True(files.Count >= 25, $"{files.Count} documents");
        foreach (var ending in new[] { ".html", ".docx", ".pdf", ".doc", ".wps", ".xlsx", ".xls", ".et", ".tabs.txt", ".pipes.txt", ".spaces.txt", ".one-per-line.txt" })
        {
            Assert.Contains(files, f => f!.EndsWith(ending, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void At_least_98_percent_of_the_cells_are_read_right_without_a_crash_or_an_empty_fund()
    {
        var report = new StringBuilder("# Corpus: cells read right per document\n\n| document | cells right | of | share | not right |\n|---|---:|---:|---:|---|\n");
        var (right, total) = (0, 0);
        foreach (var file in Files())
        {
            var (score, read) = Score(file);
            Assert.True(read.IsUsable, $"{Path.GetFileName(file)}: {string.Join("; ", read.Diagnostics.Select(d => d.Message.ToString()))}");
            Assert.All(read.GoalSet!.Funds, f => Assert.False(f.Indicators.IsEmpty, $"{Path.GetFileName(file)}: {f.Name} has no indicator"));
            (right, total) = (right + score.Right, total + score.Total);
            report.Append(CultureInfo.InvariantCulture, $"| {Path.GetFileName(file)} | {score.Right} | {score.Total} | {100.0 * score.Right / score.Total:0.0}% | {string.Join("; ", score.Wrong)} |\n");
        }
        report.Append(CultureInfo.InvariantCulture, $"| **all {Files().Count()} documents** | **{right}** | **{total}** | **{100.0 * right / total:0.00}%** | |\n");
        var artifacts = Path.Combine(RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "corpus-report.md"), report.ToString());
        Assert.True(right >= total * 0.98, report.ToString());
    }

    [Fact]
    public void Cut_off_forms_keep_their_complete_rows_and_say_where_they_were_cut()
    {
        foreach (var file in Files().Where(f => Path.GetFileName(f).StartsWith("h-", StringComparison.Ordinal)))
        {
            var (score, read) = Score(file);
            Assert.Equal(score.Total, score.Right);
            Assert.Contains(read.Diagnostics, d => d.Code == "row-incomplete" && d.Severity == Severity.Warning);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Jixiao.slnx")))
            {
                return folder.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }
}
