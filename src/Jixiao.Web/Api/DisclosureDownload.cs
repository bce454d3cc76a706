using Jixiao.Data.Common;
using Jixiao.Diagnostics;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// A disclosure as a file, chosen by <c>?format=</c>: canonical JSON (the default) or a document of
/// <see cref="DocumentExport"/>. Shared by the working copy's export and the published version's download.
/// </summary>
public static class DisclosureDownload
{
    /// <summary>Reads <c>?format=</c>: true with null for JSON, true with a document format, false when unknown.</summary>
    public static bool TryParse(string? format, out ExportFormat? chosen)
    {
        chosen = null;
        if (string.IsNullOrEmpty(format) || format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!DocumentExport.TryParse(format, out var parsed))
        {
            return false;
        }
        chosen = parsed;
        return true;
    }

    public static ProblemHttpResult UnknownFormat(string? format) => Failure.Invalid("format", "Web.Export.UnknownFormat", format).ToProblem();

    /// <summary>
    /// The file named <c>{name}.{extension}</c>; <paramref name="json"/> gives the canonical JSON bytes when no document
    /// format is chosen. <paramref name="rowIds"/>: the stored indicators' 行标识 for the XLSX (positional without).
    /// </summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> Of(GoalSet goals, ExportFormat? format, Func<byte[]> json, string name, RowIds? rowIds = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (format is not { } document)
        {
            return TypedResults.File(json(), "application/json; charset=utf-8", name + ".json");
        }
        return File(DocumentExport.Render(goals, document, evaluation: null, out var error, rowIds), error, name);
    }

    /// <summary>A rendered document named <c>{name}{extension}</c>, or the renderer's <paramref name="error"/> as a problem of <c>format</c>.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> File(ExportedFile? file, Diagnostic? error, string name) =>
        file is null
            ? new Failure(FailureKind.Invalid, error!.Message, "format").ToProblem()
            : TypedResults.File(file.Content, file.ContentType, name + file.Extension);
}
