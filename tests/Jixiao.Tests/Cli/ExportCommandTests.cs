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

    [Fact]
    public void Export_with_actuals_adds_the_self_evaluation_sheets()
    {
        var directory = Directory.CreateTempSubdirectory("jixiao-export-").FullName;
        var declared = Path.Combine(directory, "seed.xlsx");
        Assert.Equal(0, CliRunner.Run("export", Samples.PathOf(Samples.SeedFile), "-d", Samples.SeedDepartment, "--to", "xlsx", "-o", declared).Exit);
        var actuals = Path.Combine(directory, "自评表.xlsx");
        var seed = Samples.Seed();
        File.WriteAllBytes(actuals, Jixiao.Formats.Xlsx.XlsxWriter.Write(seed, new SelfEvaluationSheet([new FundSelfEvaluation("办公用房租赁费",
            [new IndicatorResult(0, "95%", 40m, ""), new IndicatorResult(2, "60%", 5m, "信访案件办结较慢")]) { TotalScore = 85m, Grade = "良" }])));
        var output = Path.Combine(directory, "evaluated.xlsx");
        var (exit, _, error) = CliRunner.Run("export", declared, "--to", "xlsx", "--actuals", actuals, "-o", output);
        Assert.True(exit == 0, error);

        var read = OfficeReader.Read(File.ReadAllBytes(output), new DisclosureReadOptions(output));
        var fund = Assert.Single(read.Evaluation!.Funds);
        Assert.Equal(("办公用房租赁费", 85m, "良"), (fund.FundName, fund.TotalScore, fund.Grade));
        Assert.Equal([(0, "95%", 40m), (2, "60%", 5m)], fund.Indicators.Select(r => (r.IndicatorIndex, r.Actual, r.Score!.Value)));
        Assert.Equal("信访案件办结较慢", fund.Indicators[1].Deviation);
        Assert.Equal(6, read.Result.GoalSet!.Funds.Sum(f => f.Indicators.Length));
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
