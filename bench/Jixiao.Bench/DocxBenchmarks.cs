using BenchmarkDotNet.Attributes;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Html;
using Jixiao.Formats.Office;
using Jixiao.Formats.Pdf;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;

namespace Jixiao.Bench;

/// <summary>
/// Office documents of a seed-sized disclosure (the seed: 2 funds, 6 indicators, 14 table rows). Goals on
/// one core: DOCX import ≤ 20 ms, DOCX export ≤ 30 ms. XLSX, PDF and HTML are measured beside them.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private GoalSet _seed = null!;
    private byte[] _docx = [];
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "procuratorate-2020-budget-performance.txt");
        _seed = DisclosureTextReader.Read(File.ReadAllText(path), new DisclosureReadOptions(path, "某县人民检察院")).GoalSet!;
        _docx = DocxWriter.Write(_seed);
        _xlsx = XlsxWriter.Write(_seed);
        Console.WriteLine($"// seed DOCX {_docx.Length:N0} bytes, XLSX {_xlsx.Length:N0} bytes");
    }

    [Benchmark]
    public GoalSet? ImportDocx() => OfficeReader.Read(_docx, new DisclosureReadOptions("seed.docx")).Result.GoalSet;

    [Benchmark]
    public byte[] ExportDocx() => DocxWriter.Write(_seed);

    [Benchmark]
    public GoalSet? ImportXlsx() => OfficeReader.Read(_xlsx, new DisclosureReadOptions("seed.xlsx")).Result.GoalSet;

    [Benchmark]
    public byte[] ExportXlsx() => XlsxWriter.Write(_seed);

    [Benchmark]
    public byte[]? ExportPdf() => PdfWriter.Disclosure(_seed, out _);

    [Benchmark]
    public string ExportHtml() => HtmlWriter.Write(_seed);
}
