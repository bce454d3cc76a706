using CsCheck;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Json;
using Jixiao.Formats.Office;
using Jixiao.Generation;

namespace Jixiao.Tests.Formats.Office;

/// <summary>Export DOCX → import → identical canonical JSON (issue 6, "Round-trips").</summary>
public sealed class DocxRoundTripTests
{
    [Fact]
    public void The_seed_survives_a_docx_round_trip()
    {
        var seed = Samples.Seed();
        var read = OfficeReader.Read(DocxWriter.Write(seed), new DisclosureReadOptions("seed.docx"));
        Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(CanonicalJson.SerializeToString(seed), CanonicalJson.SerializeToString(read.Result.GoalSet!));
    }

    [Fact]
    public void Generated_departments_survive_a_docx_round_trip() =>
        Gen.Int[0, 9_999].Sample(index =>
        {
            var department = new ProvinceGenerator(new ProvinceShape(10_000, 4, 15)).Department(index);
            var read = OfficeReader.Read(DocxWriter.Write(department), new DisclosureReadOptions("generated.docx"));
            Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(CanonicalJson.SerializeToString(department), CanonicalJson.SerializeToString(read.Result.GoalSet!));
        }, iter: 40);

    [Fact]
    public void Imported_indicators_remember_table_row_and_target_column()
    {
        var read = OfficeReader.Read(DocxWriter.Write(Samples.Seed()), new DisclosureReadOptions("seed.docx"));
        var ladder = read.Result.GoalSet!.Funds[0].Indicators[0];
        // Table 1, rows 3-6 (row 1 绩效目标, row 2 the header), column 5 指标值: one row per grade.
        Assert.Equal(["T1R3C5", "T1R4C5", "T1R5C5", "T1R6C5"], ladder.Sources.Select(s => s.ToString()));
        Assert.Equal("T2R3C5", read.Result.GoalSet.Funds[1].Indicators[0].Source!.ToString());
    }
}
