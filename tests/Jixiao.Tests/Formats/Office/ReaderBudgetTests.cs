using System.IO.Compression;
using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// Readers cost what a file holds, not what it claims (issue 13, item 3): sparse sheets cost their cells, Word tables
/// and nesting are bounded, and a damaged zip directory is a diagnostic. The cost is asserted as the memory the read
/// allocates on its thread, which the work done decides; wall time depends on the machine's load and is measured by the
/// fuzz harness and bench/, never here.
/// </summary>
public sealed class ReaderBudgetTests
{
    private const string FarRow = "99999999";

    [Fact]
    public void A_small_sheet_with_one_cell_at_row_99_999_999_is_handled_in_under_100_MB()
    {
        var xlsx = Rewrite(OfficeFixtures.Xlsx(new XlsxSheet("表", [["备注"]])), "xl/worksheets/sheet1.xml",
            xml => xml.Replace("r=\"1\"", $"r=\"{FarRow}\"", StringComparison.Ordinal).Replace("r=\"A1\"", $"r=\"A{FarRow}\"", StringComparison.Ordinal));
        Assert.True(xlsx.Length < 8 * 1024, $"{xlsx.Length} bytes");
        Assert.Contains(FarRow, Part(xlsx, "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
        var (result, allocated) = Measure(xlsx, "sparse.xlsx");
        Assert.Null(result.GoalSet);
        Assert.Equal("no-structure", Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_far_away_cell_under_a_real_form_leaves_the_goals_and_their_places_as_they_were()
    {
        var xlsx = XlsxWriter.Write(Samples.Seed());
        var sheet = SheetPartNames(xlsx).First();
        var sparse = Rewrite(xlsx, sheet, xml => xml.Replace("</sheetData>",
            $"<row r=\"{FarRow}\"><c r=\"C{FarRow}\" t=\"inlineStr\"><is><t>备注</t></is></c></row></sheetData>", StringComparison.Ordinal));
        var plain = DocumentReader.Read(xlsx, new DisclosureReadOptions("seed.xlsx")).GoalSet!;
        var (result, allocated) = Measure(sparse, "seed-sparse.xlsx");
        var goals = Assert.IsType<global::Jixiao.Goals.GoalSet>(result.GoalSet);
        Assert.Equal(plain.Funds.Select(f => f.Indicators.Length), goals.Funds.Select(f => f.Indicators.Length));
        Assert.Equal(plain.Funds[0].Indicators.Select(i => i.Source), goals.Funds[0].Indicators.Select(i => i.Source));
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_merged_area_over_the_whole_sheet_is_refused_with_the_cell_limit()
    {
        var xlsx = OfficeFixtures.Xlsx(new XlsxSheet("表", [["项目名称", "办公"]], "A1:XFD1048576"));
        var (result, allocated) = Measure(xlsx, "merged.xlsx");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("sheet-too-large", error.Code);
        Assert.Contains(OfficeLimits.MaxSheetCells.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message.Format(Cultures.English), StringComparison.Ordinal);
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Word_tables_that_span_millions_of_cells_are_refused_with_the_limits()
    {
        var row = "<w:tr>" + string.Concat(Enumerable.Repeat("<w:tc><w:tcPr><w:gridSpan w:val=\"256\"/></w:tcPr><w:p/></w:tc>", 4)) + "</w:tr>";
        var docx = Rewrite(DocxWriter.Write(Samples.Seed()), "word/document.xml", xml => InsertInBody(xml, "<w:tbl>" + string.Concat(Enumerable.Repeat(row, 10_000)) + "</w:tbl>"));
        var (result, allocated) = Measure(docx, "wide.docx");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("office-too-large", error.Code);
        Assert.Contains("wide.docx", error.Message.Format(Cultures.English), StringComparison.Ordinal);
        Assert.True(allocated < 512L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Word_xml_nested_thousands_deep_is_refused_before_it_is_loaded()
    {
        var deep = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 5_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 5_000));
        var docx = Rewrite(DocxWriter.Write(Samples.Seed()), "word/document.xml", xml => InsertInBody(xml, deep));
        var error = Assert.Single(DocumentReader.Read(docx, new DisclosureReadOptions("deep.docx")).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("office-too-complex", error.Code);
    }

    [Fact]
    public void A_zip_whose_directory_counts_disagree_is_reported_as_damaged()
    {
        var docx = DocxWriter.Write(Samples.Seed());
        // The end-of-central-directory record (the last 22 bytes without a comment) counts the entries twice: on this
        // disk (offset 8) and in all (offset 10). Saying one fewer on this disk contradicts the directory itself.
        var end = docx.Length - 22;
        Assert.Equal(0x06054b50, BitConverter.ToInt32(docx, end));
        docx[end + 8]--;
        var error = Assert.Single(DocumentReader.Read(docx, new DisclosureReadOptions("counts.docx")).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("office-damaged", error.Code);
        Assert.Contains("counts.docx", error.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
    }

    private static (ImportResult Result, long Allocated) Measure(byte[] bytes, string name)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DocumentReader.Read(bytes, new DisclosureReadOptions(name));
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string InsertInBody(string xml, string content)
    {
        var at = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
        return xml[..at] + content + xml[at..];
    }

    internal static byte[] Rewrite(byte[] zipBytes, string partName, Func<string, string> change)
    {
        var parts = new List<(string Name, byte[] Data)>();
        using (var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var data = buffer.ToArray();
                parts.Add((entry.FullName, entry.FullName == partName ? Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(data))) : data));
            }
        }
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(data);
            }
        }
        return output.ToArray();
    }

    private static string Part(byte[] zipBytes, string partName)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(partName)!.Open());
        return reader.ReadToEnd();
    }

    private static List<string> SheetPartNames(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }
}
