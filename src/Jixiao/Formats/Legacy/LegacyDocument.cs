using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Legacy;

/// <summary>
/// 旧版文件 — .doc, .xls and Kingsoft's .wps/.et (OLE compound files): converted to .docx/.xlsx by LibreOffice and read
/// as those are. Word-like or Excel-like is told by the file's streams (WordDocument; Workbook or Book), not only its
/// name. Without LibreOffice the message says how to install it, or to save the file as .docx/.xlsx.
/// </summary>
public static class LegacyDocument
{
    private static readonly byte[] WordStream = Encoding.Unicode.GetBytes("WordDocument");
    private static readonly byte[] WorkbookStream = Encoding.Unicode.GetBytes("Workbook");
    private static readonly byte[] BookStream = Encoding.Unicode.GetBytes("Book");

    public static OfficeImport Read(byte[] bytes, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        var extension = Path.GetExtension(options.FileName).ToLowerInvariant();
        var spreadsheet = bytes.AsSpan().IndexOf(WorkbookStream) >= 0 || bytes.AsSpan().IndexOf(BookStream) >= 0 || extension is ".xls" or ".et";
        var word = bytes.AsSpan().IndexOf(WordStream) >= 0;
        if (word)
        {
            spreadsheet = false;
        }
        if (LibreOffice.Program() is null)
        {
            return OfficeImport.Unusable(Diagnostic.Error("office-legacy", null, "Office.LegacyNoConverter", options.FileName));
        }
        var (converted, problem) = LibreOffice.Convert(bytes, spreadsheet ? ".xls" : ".doc", spreadsheet ? "xlsx" : "docx");
        if (converted is null)
        {
            return OfficeImport.Unusable(Diagnostic.Error("office-legacy", null, "Office.LegacyConversionFailed", options.FileName, problem ?? "?"));
        }
        return OfficeReader.Read(converted, options with { FileName = options.FileName });
    }
}
