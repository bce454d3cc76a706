using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Pdf;

namespace Jixiao.Tests.Formats.Pdf;

/// <summary>PDF with a text layer (issue 14): a disclosure printed by Jixiao reads back; bad files give one clear error.</summary>
public sealed class PdfReaderTests
{
    [Fact]
    public void A_disclosure_printed_to_pdf_reads_back_with_its_funds_ladders_and_lists()
    {
        var pdf = PdfWriter.Disclosure(Samples.Seed(), out _)!;
        var read = DocumentReader.Read(pdf, new DisclosureReadOptions("seed.pdf"));
        var goals = read.GoalSet!;
        var seed = Samples.Seed();
        Assert.Equal(seed.Funds.Select(f => f.Name), goals.Funds.Select(f => f.Name));
        Assert.Equal(seed.Funds.Select(f => f.Indicators.Length), goals.Funds.Select(f => f.Indicators.Length));
        Assert.Equal(seed.Funds[0].Indicators[0].Target.Text, goals.Funds[0].Indicators[0].Target.Text);
        Assert.Equal(seed.Overall.Goals.Length, goals.Overall.Goals.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Truncated_and_random_pdfs_give_an_error_never_an_exception(int seed)
    {
        var pdf = PdfWriter.Disclosure(Samples.Seed(), out _)!;
        var random = new Random(seed);
        var noise = new byte[8192];
        random.NextBytes(noise);
        foreach (var input in new[] { pdf[..random.Next(16, pdf.Length / 2)], [.. "%PDF-1.7\n"u8, .. noise] })
        {
            var read = DocumentReader.Read(input, new DisclosureReadOptions("bad.pdf"));
            Assert.True(read.IsUsable || read.Diagnostics.Any(d => d.Severity == Severity.Error && d.Message.ToString().Contains("bad.pdf", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_fifty_page_pdf_is_read_with_bounded_memory()
    {
        var province = new Jixiao.Generation.ProvinceGenerator(new Jixiao.Generation.ProvinceShape(1, 12, 15)).Department(0);
        var pdf = PdfWriter.Disclosure(province, out _)!;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = DocumentReader.Read(pdf, new DisclosureReadOptions("big.pdf"));
        Assert.True(read.IsUsable);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 2L * 1024 * 1024 * 1024);
    }
}
