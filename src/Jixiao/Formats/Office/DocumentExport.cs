using Jixiao.Diagnostics;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Html;
using Jixiao.Formats.Pdf;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;

namespace Jixiao.Formats.Office;

/// <summary>The formats Jixiao publishes in.</summary>
public enum ExportFormat
{
    Docx,
    Xlsx,
    Pdf,
    Html,
}

/// <summary>An exported file: its bytes, media type and file extension, for the CLI and for web downloads.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string Extension);

/// <summary>
/// One entry point for every export, so that the CLI and the web app offer the same files: the disclosure
/// in each format; with a 自评表 (<see cref="SelfEvaluationSheet"/>) the XLSX gains 自评表 sheets and the PDF
/// is the self-evaluation. A caller that stores indicators passes their 行标识 (<see cref="RowIds"/>) for the XLSX.
/// </summary>
public static class DocumentExport
{
    public static bool TryParse(string? name, out ExportFormat format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format);

    public static ExportedFile? Render(GoalSet goals, ExportFormat format, SelfEvaluationSheet? evaluation, out Diagnostic? error, RowIds? rowIds = null)
    {
        ArgumentNullException.ThrowIfNull(goals);
        error = null;
        return format switch
        {
            ExportFormat.Docx => new(DocxWriter.Write(goals), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            ExportFormat.Xlsx => new(XlsxWriter.Write(goals, evaluation, rowIds), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            ExportFormat.Pdf => (evaluation is null ? PdfWriter.Disclosure(goals, out error) : PdfWriter.SelfEvaluation(goals, evaluation, out error)) is { } pdf
                ? new(pdf, "application/pdf", ".pdf")
                : null,
            ExportFormat.Html => new(System.Text.Encoding.UTF8.GetBytes(HtmlWriter.Write(goals)), "text/html; charset=utf-8", ".html"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }
}
