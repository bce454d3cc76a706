using CsCheck;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;
using Jixiao.Generation;

namespace Jixiao.Tests.Formats.Office;

/// <summary>Export XLSX → import → identical canonical JSON (issue 6, "Round-trips").</summary>
public sealed class XlsxRoundTripTests
{
    [Fact]
    public void The_seed_survives_an_xlsx_round_trip()
    {
        var seed = Samples.Seed();
        var read = OfficeReader.Read(XlsxWriter.Write(seed), new DisclosureReadOptions("seed.xlsx"));
        Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(CanonicalJson.SerializeToString(seed), CanonicalJson.SerializeToString(read.Result.GoalSet!));
    }

    [Fact]
    public void Generated_departments_survive_an_xlsx_round_trip() =>
        Gen.Int[0, 9_999].Sample(index =>
        {
            var department = new ProvinceGenerator(new ProvinceShape(10_000, 4, 15)).Department(index);
            var read = OfficeReader.Read(XlsxWriter.Write(department), new DisclosureReadOptions("generated.xlsx"));
            Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(CanonicalJson.SerializeToString(department), CanonicalJson.SerializeToString(read.Result.GoalSet!));
        }, iter: 40);

    [Fact]
    public void Every_exported_indicator_comes_back_with_its_row_id()
    {
        var seed = Samples.Seed();
        var read = OfficeReader.Read(XlsxWriter.Write(seed), new DisclosureReadOptions("seed.xlsx"));
        Assert.Equal(["F1-I1", "F1-I2", "F1-I3"], read.RowIds[0]);
        Assert.Equal(["F2-I1", "F2-I2", "F2-I3"], read.RowIds[1]);
        Assert.True(ChangePreview.Between(seed, read).IsEmpty);
    }
}
