using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Xlsx;

namespace Jixiao.Formats.Office;

/// <summary>
/// Imports a .docx or .xlsx into the canonical model: the container is opened under limits, the
/// document is read into paragraphs and table grids, and <see cref="OfficeGoalsReader"/> finds the goals
/// by their header texts. Bad files (not a zip, damaged, encrypted, a zip bomb, a huge sheet) give one
/// error that names the problem; nothing throws. An exported workbook's hidden 导出清单 sheet is read apart
/// (<see cref="OfficeImport.Exported"/>), never as goals.
/// </summary>
public static class OfficeReader
{
    public static OfficeImport Read(byte[] bytes, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        if (OfficeSniffer.IsOle(bytes) && OfficeSniffer.OleKind(bytes) == OfficeKind.LegacyBinary)
        {
            return Legacy.LegacyDocument.Read(bytes, options);
        }
        using var package = OfficePackage.Open(bytes, options.FileName, out var error);
        if (package is null)
        {
            return OfficeImport.Unusable(error!);
        }
        try
        {
            var diagnostics = new List<Diagnostic>();
            var blocks = package.Kind == OfficeKind.Docx
                ? DocxBlockReader.Read(package.Read("word/document.xml")!, options.FileName)
                : XlsxBlockReader.Read(package, options.FileName, diagnostics);
            if (diagnostics.Count > 0)
            {
                return new OfficeImport(new ImportResult(null, [.. diagnostics]), null, []);
            }
            var record = package.Kind == OfficeKind.Xlsx ? ExportRecordSheet.Take(blocks, options.FileName, diagnostics) : null;
            var import = new OfficeGoalsReader(options).Read(blocks);
            return import with { Exported = record, Result = import.Result with { Diagnostics = import.Result.Diagnostics.AddRange(diagnostics) } };
        }
        catch (OfficeFileException exception)
        {
            return OfficeImport.Unusable(exception.Diagnostic);
        }
        catch (System.Xml.XmlException exception)
        {
            return OfficeImport.Unusable(Diagnostic.Error("office-damaged", null, "Office.BadXml", options.FileName, exception.Message));
        }
    }

    /// <summary>Whether a file name ends in .docx, .xlsx, .doc, .xls, or Kingsoft's .wps and .et.</summary>
    public static bool HasOfficeExtension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".docx" or ".xlsx" or ".doc" or ".xls" or ".docm" or ".xlsm" or ".wps" or ".et";

    /// <summary>Whether the bytes are an Office container (zip or OLE) rather than text.</summary>
    public static bool LooksLikeOffice(ReadOnlySpan<byte> bytes) => OfficeSniffer.IsZip(bytes) || OfficeSniffer.IsOle(bytes);
}
