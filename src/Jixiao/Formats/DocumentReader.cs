using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;

namespace Jixiao.Formats;

/// <summary>
/// Reads any document Jixiao accepts into the canonical model, choosing the format by content:
/// our JSON, the disclosure text format, or a Word/Excel file (DOCX/XLSX, see Office/). Every failure is a diagnostic naming the file.
/// </summary>
public static class DocumentReader
{
    public static ImportResult Read(ReadOnlySpan<byte> bytes, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A file named .docx/.xlsx goes to the Office reader even when its content is not a zip: it then says
        // "not a Word or Excel file" instead of failing as text.
        if (Office.OfficeReader.LooksLikeOffice(bytes) || Office.OfficeReader.HasOfficeExtension(options.FileName))
        {
            return Office.OfficeReader.Read(bytes.ToArray(), options).Result;
        }
        if (Pdf.PdfReader.IsPdf(bytes) || Path.GetExtension(options.FileName).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return Pdf.PdfReader.Read(bytes.ToArray(), options).Result;
        }
        if (Html.HtmlReader.IsHtml(bytes, options.FileName))
        {
            return Html.HtmlReader.Read(bytes, options).Result;
        }
        if (bytes.Length > InputText.MaxBytes)
        {
            return ImportResult.Unusable(Diagnostic.Error("file-too-large", null, "File.TooLarge", options.FileName, bytes.Length, InputText.MaxBytes));
        }
        if (options.Year is { } year && !Goals.FiscalYear.TryCreate(year, out _))
        {
            return ImportResult.Unusable(Diagnostic.Error("year-invalid", null, "Import.YearOutOfRange", year, Goals.FiscalYear.Min, Goals.FiscalYear.Max));
        }
        var withoutBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        if (withoutBom.TrimStart(" \t\r\n"u8).StartsWith("{"u8))
        {
            // Our JSON is UTF-8: the JSON reader checks the encoding itself, no need to decode it to text first.
            var json = CanonicalJson.Read(withoutBom, options.FileName);
            return json.GoalSet is { } goals && (options.DepartmentName is not null || options.Year is not null)
                ? json with { GoalSet = Override(goals, options) }
                : json;
        }
        var text = InputText.Decode(bytes, options.FileName, out var error);
        if (text is null)
        {
            return ImportResult.Unusable(error!);
        }
        return DisclosureTextReader.Recognises(text) ? DisclosureTextReader.Read(text, options) : TextCopy.TextCopyReader.Read(text, options).Result;
    }

    /// <summary>Reads a file from disk; a missing or unreadable file is a diagnostic, not an exception.</summary>
    public static ImportResult ReadFile(string path, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var named = options with { FileName = options.FileName.Length > 0 ? options.FileName : path };
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ImportResult.Unusable(Diagnostic.Error("file-missing", null, "File.NotFound", path));
            }
            if (info.Length > InputText.MaxBytes)
            {
                return ImportResult.Unusable(Diagnostic.Error("file-too-large", null, "File.TooLarge", path, info.Length, InputText.MaxBytes));
            }
            return Read(File.ReadAllBytes(path), named);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ImportResult.Unusable(Diagnostic.Error("file-unreadable", null, "File.Unreadable", path, exception.Message));
        }
    }

    private static Goals.GoalSet Override(Goals.GoalSet goals, DisclosureReadOptions options) =>
        new(options.Year is { } year ? new Goals.FiscalYear(year) : goals.Year,
            // The document's 单位代码 stays when the name given is its own; a file imported for another department has not.
            options.DepartmentName is { } name && name != goals.Department.Name ? new Goals.Department(name) : goals.Department,
            goals.Overall, goals.Funds);
}
