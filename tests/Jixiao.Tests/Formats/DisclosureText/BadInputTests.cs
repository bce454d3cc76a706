using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.DisclosureText;

/// <summary>Bad input never crashes: a clear diagnostic naming the file and line, or a usable model with warnings.</summary>
public sealed class BadInputTests
{
    private static ImportResult Read(byte[] bytes, string name = "bad.txt") =>
        DocumentReader.Read(bytes, new DisclosureReadOptions(name, "某县人民检察院"));

    private static ImportResult Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_empty_file_is_unusable_and_says_so()
    {
        var result = Read([]);
        Assert.False(result.IsUsable);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("file-empty", error.Code);
        Assert.Contains("bad.txt", error.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_unusable_and_names_the_byte()
    {
        var result = Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        Assert.Equal("file-binary", Assert.Single(result.Diagnostics).Code);
        Assert.Contains("byte 8", result.Diagnostics[0].Message.Format(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_megabytes_of_junk_is_unusable_not_a_crash()
    {
        var random = new Random(7);
        var junk = new byte[10 * 1024 * 1024];
        random.NextBytes(junk);
        Assert.False(Read(junk).IsUsable);
        var printable = new StringBuilder(10 * 1024 * 1024);
        while (printable.Length < 10 * 1024 * 1024)
        {
            printable.Append((char)random.Next(0x20, 0x7E)).Append(random.Next(40) == 0 ? "\n\t" : "");
        }
        var result = Read(printable.ToString());
        Assert.False(result.IsUsable);
        Assert.Contains(result.Diagnostics, d => d.Code == "no-structure");
    }

    [Fact]
    public void A_table_cut_off_mid_row_keeps_the_complete_rows_and_reports_the_cut_with_its_line()
    {
        var seed = Samples.Text(Samples.SeedFile);
        var cut = seed[..(seed.IndexOf("≥50中", StringComparison.Ordinal) + 4)];
        var result = Read(cut);
        // A cut-off row is reported, not a reason to refuse the rows before it (issue 14: row-level results).
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "row-incomplete");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.NotNull(warning.Where?.Line);
        Assert.Contains("6", warning.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        var fund = Assert.Single(result.GoalSet!.Funds);
        Assert.Equal("ladder ge95优 ge70良", Tests.Targets.TargetDescriber.Describe(Assert.Single(fund.Indicators).Target));
    }

    [Fact]
    public void A_ladder_with_nonsense_grades_is_kept_as_text_with_a_diagnostic()
    {
        var original = Samples.Text(Samples.SeedFile);
        var at = original.IndexOf("≥70良\n", StringComparison.Ordinal);
        var seed = original[..at] + "≥70好" + original[(at + 4)..];
        var result = Read(seed);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "target-unreadable");
        Assert.Equal("案件流转率", warning.Indicator);
        var target = Assert.IsType<TextTarget>(result.GoalSet!.Funds[0].Indicators[0].Target);
        Assert.Equal(TargetProblem.BadLadder, target.Problem);
        Assert.Equal("≥95优 ≥70好 ≥50中 <50差", target.Text);
    }

    [Fact]
    public void A_document_without_year_is_unusable_unless_the_year_is_given()
    {
        var text = Samples.Text(Samples.SeedFile).Replace("2020年部门预算绩效信息", "部门预算绩效信息", StringComparison.Ordinal);
        Assert.Equal("year-missing", Assert.Single(Read(text).Diagnostics, d => d.Severity == Severity.Error).Code);
        var withYear = DisclosureTextReader.Read(text, new DisclosureReadOptions("x.txt", "某县人民检察院", 2020));
        Assert.True(withYear.IsUsable);
    }

    [Fact]
    public void A_title_year_in_full_width_digits_is_read_as_the_year()
    {
        var text = Samples.Text(Samples.SeedFile).Replace("2020年部门预算绩效信息", "２０２０年部门预算绩效信息", StringComparison.Ordinal);
        var result = DisclosureTextReader.Read(text, new DisclosureReadOptions("full-width.txt", "某县人民检察院"));
        Assert.True(result.IsUsable);
        Assert.Equal(2020, result.GoalSet!.Year.Value);
    }

    [Fact]
    public void A_gb18030_file_reads_like_its_utf8_twin()
    {
        // The reader registers the code-page encodings when first used; this test may run before any read.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030");
        var result = Read(gb.GetBytes(Samples.Text(Samples.SeedFile)));
        Assert.True(result.IsUsable);
        Assert.Equal(12, result.GoalSet!.Overall.Goals.Length);
    }
}
