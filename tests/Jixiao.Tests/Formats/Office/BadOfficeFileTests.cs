using System.IO.Compression;
using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.Office;

/// <summary>Bad files give one clear error naming the problem, with bounded memory and no exception.</summary>
public sealed class BadOfficeFileTests
{
    private static Diagnostic SingleError(byte[] bytes, string name)
    {
        var result = DocumentReader.Read(bytes, new DisclosureReadOptions(name));
        Assert.Null(result.GoalSet);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_docx_that_is_not_a_zip_is_named_as_such()
    {
        var error = SingleError(Encoding.UTF8.GetBytes("这不是 Word 文件"), "goals.docx");
        Assert.Equal("office-not-zip", error.Code);
        Assert.Contains("不是 zip", error.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Contains("goals.docx", error.Message.Format(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_docx_is_reported_as_damaged()
    {
        var docx = DocxWriter.Write(Samples.Seed());
        var error = SingleError(docx[..(docx.Length / 2)], "cut.docx");
        Assert.Equal("office-damaged", error.Code);
        Assert.Contains("incomplete", error.Message.Format(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_protected_document_is_recognised_by_its_encrypted_package()
    {
        // What Office saves with a password: an OLE compound file whose directory holds EncryptionInfo and
        // EncryptedPackage (names in UTF-16), not a zip.
        var file = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(file, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 1152);
        var error = SingleError(file, "locked.xlsx");
        Assert.Equal("office-encrypted", error.Code);
        Assert.Contains("密码", error.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_binary_doc_is_told_to_be_saved_as_docx()
    {
        var file = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Assert.Equal("office-legacy", SingleError(file, "old.doc").Code);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        var bomb = Zip(("[Content_Types].xml", 10), ("word/document.xml", 32 * 1024 * 1024));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = SingleError(bomb, "bomb.docx");
        Assert.Equal("office-bomb", error.Code);
        Assert.Contains("word/document.xml", error.Message.Format(Cultures.English), StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4 * 1024 * 1024, "the bomb must not be inflated");
    }

    [Fact]
    public void A_zip_of_thousands_of_entries_is_refused()
    {
        var many = Zip([.. Enumerable.Range(0, OfficeLimits.MaxEntries + 1).Select(i => ($"xl/part{i}.xml", 1))]);
        Assert.Equal("office-bomb", SingleError(many, "many.xlsx").Code);
    }

    [Fact]
    public void A_fifty_thousand_row_sheet_is_refused_with_the_limit_and_bounded_memory()
    {
        Indicator Row(int i) => new("产出指标", "数量指标", $"指标{i}", "", new QualitativeTarget("按期完成"), "计划标准");
        var huge = new GoalSet(new FiscalYear(2024), new Department("某县财政局"), DepartmentGoals.Empty,
            [new Fund("大表", [], [.. Enumerable.Range(0, 50_000).Select(Row)])]);
        var xlsx = XlsxWriter.Write(huge);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = SingleError(xlsx, "huge.xlsx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal("sheet-too-large", error.Code);
        Assert.Contains("20000", error.Message.Format(Cultures.English), StringComparison.Ordinal);
        Assert.True(allocated < 256L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_table_without_a_recognisable_header_says_which_headers_it_looks_for()
    {
        var docx = OfficeFixtures.Docx("人员名单", new DocxTable(["姓名", "年龄"], ["张三", "40"]));
        var result = DocumentReader.Read(docx, new DisclosureReadOptions("people.docx"));
        Assert.Null(result.GoalSet);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("no-structure", error.Code);
        Assert.Contains("三级指标", error.Message.Format(Cultures.English), StringComparison.Ordinal);
        var skipped = Assert.Single(result.Diagnostics, d => d.Code == "table-header");
        Assert.Equal(1, skipped.Where!.Table);
    }

    [Fact]
    public void A_fund_table_whose_header_is_not_recognised_is_a_warning_naming_the_fund_and_the_rest_is_read()
    {
        var docx = OfficeFixtures.Docx("某县财政局2024年部门预算绩效信息", "1、农村公路养护专项资金绩效目标表",
            new DocxTable(["绩效目标", "完成农村公路日常养护"], ["类别", "名称", "目标"], ["产出", "养护里程", "≥120公里"]));
        var result = DocumentReader.Read(docx, new DisclosureReadOptions("roads.docx"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "table-header");
        Assert.Equal((Severity.Warning, "农村公路养护"), (warning.Severity, warning.Fund));
        Assert.Contains("三级指标", warning.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Equal(["完成农村公路日常养护"], Assert.Single(result.GoalSet!.Funds).Goals);
    }

    [Fact]
    public void A_zip_that_is_neither_word_nor_excel_is_named_as_such() =>
        Assert.Equal("office-unknown", SingleError(Zip(("content.xml", 100)), "notes.docx").Code);

    private static byte[] Zip(params (string Name, int Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[64 * 1024];
            foreach (var (name, size) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                for (var left = size; left > 0; left -= zeros.Length)
                {
                    stream.Write(zeros, 0, Math.Min(left, zeros.Length));
                }
            }
        }
        return buffer.ToArray();
    }
}
