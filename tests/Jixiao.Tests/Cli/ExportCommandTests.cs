using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;

namespace Jixiao.Tests.Cli;

/// <summary><c>jixiao export</c> and <c>jixiao parse</c> on Office files.</summary>
public sealed class ExportCommandTests
{
    [Theory]
    [InlineData("docx", "PK")]
    [InlineData("xlsx", "PK")]
    [InlineData("pdf", "%PDF")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Export_writes_the_seed_in_each_format(string format, string start)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("jixiao-export-").FullName, "seed." + format);
        var (exit, _, error) = CliRunner.Run("export", Samples.PathOf(Samples.SeedFile), "-d", Samples.SeedDepartment, "--to", format, "-o", output);
        Assert.True(exit == 0, error);
        Assert.StartsWith(start, File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Parse_reads_an_exported_office_file_into_the_same_json_as_the_text(string format)
    {
        var directory = Directory.CreateTempSubdirectory("jixiao-export-").FullName;
        var office = Path.Combine(directory, "seed." + format);
        Assert.Equal(0, CliRunner.Run("export", Samples.PathOf(Samples.SeedFile), "-d", Samples.SeedDepartment, "--to", format, "-o", office).Exit);
        var fromText = CliRunner.Run("parse", Samples.PathOf(Samples.SeedFile), "-d", Samples.SeedDepartment);
        var fromOffice = CliRunner.Run("parse", office);
        Assert.Equal(0, fromOffice.Exit);
        Assert.Equal(fromText.Out, fromOffice.Out);
    }

    private const string SelfEvaluationSample = "procuratorate-2020-self-evaluation.xlsx";

    [Fact]
    public void Export_with_a_self_evaluation_xlsx_scores_it_and_adds_the_self_evaluation_sheets()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("jixiao-export-").FullName, "evaluated.xlsx");
        var (exit, _, error) = CliRunner.Run("export", Samples.PathOf(Samples.SeedFile), "-d", Samples.SeedDepartment,
            "--to", "xlsx", "--actuals", Samples.PathOf(SelfEvaluationSample), "-o", output);
        Assert.True(exit == 0, error);

        var read = OfficeReader.Read(File.ReadAllBytes(output), new DisclosureReadOptions(output));
        var funds = read.Evaluation!.Funds;
        // Jixiao's scores (the 填报得分 of the sample were 40/20/20 and 89.5): 50 + 24 + 10 + 9.5 budget.
        Assert.Equal([(93.5m, "优"), (100m, "优")], funds.Select(f => (f.TotalScore!.Value, f.Grade)));
        Assert.Equal([50m, 24m, 10m], funds[0].Indicators.Select(r => r.Score!.Value));
        Assert.Equal(["96", "65", "88"], funds[0].Indicators.Select(r => r.Actual));
        Assert.Equal("检察建议采纳率低于预期，下年加强跟踪督办", funds[0].Indicators[1].Deviation);
        Assert.Equal(new BudgetExecution(1_500_000m, 1_600_000m, 1_520_000m, 10m, 9.5m), funds[0].Budget);
        Assert.Equal(6, read.Result.GoalSet!.Funds.Sum(f => f.Indicators.Length));
    }

    [Fact]
    public void Evaluate_reads_goals_from_docx_and_actuals_from_a_self_evaluation_xlsx()
    {
        var docx = Path.Combine(Directory.CreateTempSubdirectory("jixiao-export-").FullName, "seed.docx");
        Assert.Equal(0, CliRunner.Run("export", Samples.PathOf(Samples.SeedFile), "-d", Samples.SeedDepartment, "--to", "docx", "-o", docx).Exit);
        var (exit, output, error) = CliRunner.Run("evaluate", docx, "--actuals", Samples.PathOf(SelfEvaluationSample));
        Assert.True(exit == 0, error);
        Assert.Contains("93.5", output, StringComparison.Ordinal);
        Assert.Contains("检察建议采纳率低于预期", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_reads_an_xlsx_and_points_findings_to_the_cell()
    {
        var xlsx = Path.Combine(Directory.CreateTempSubdirectory("jixiao-export-").FullName, "seed.xlsx");
        Assert.Equal(0, CliRunner.Run("export", Samples.PathOf(Samples.SeedFile), "-d", Samples.SeedDepartment, "--to", "xlsx", "-o", xlsx).Exit);
        var (_, output, error) = CliRunner.Run("lint", xlsx, "--lang", "en");
        // 采纳率's ladder (≥70优 ≥60良 ≥60中) sits in sheet 2, rows 11-13; 指标值 is column F (6).
        Assert.Contains("table 2 row 13 column 6", output + error, StringComparison.Ordinal);
        Assert.Contains("ladder-overlap", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_a_broken_docx_exits_with_bad_input_and_names_the_problem()
    {
        var path = CliRunner.TempFile("broken.docx", "PK\u0003\u0004 not really"u8.ToArray());
        var (exit, _, error) = CliRunner.Run("parse", path, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Contains("damaged or incomplete", error, StringComparison.Ordinal);
    }
}
