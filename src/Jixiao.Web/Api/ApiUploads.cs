using Jixiao.Data.Common;
using Jixiao.Data.Import;
using Jixiao.Diagnostics;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Import;

namespace Jixiao.Web.Api;

/// <summary>
/// Reads a multipart upload's file (field <c>file</c>) under the import limits. The form is read here rather
/// than bound as an IFormFile so that an oversized body is answered 413 with a problem before it is buffered,
/// whatever server runs the app.
/// </summary>
internal static class ApiUploads
{
    public static async Task<Outcome<UploadedFile>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > ImportLimits.MaxRequestBytes)
        {
            return TooLarge(request.ContentLength.Value);
        }
        if (!request.HasFormContentType)
        {
            return Failure.Invalid("file", "Web.Import.NoFile");
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge(request.ContentLength ?? 0);
        }
        if (form.Files.GetFile("file") is not { } file)
        {
            return Failure.Invalid("file", "Web.Import.NoFile");
        }
        if (file.Length > ImportLimits.MaxFileBytes)
        {
            return TooLarge(file.Length);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return new UploadedFile(file.FileName, buffer.ToArray(), form);
    }

    private static Failure TooLarge(long bytes) =>
        new(FailureKind.TooLarge, new LocalizedText("File.TooLarge", "file", bytes, ImportLimits.MaxFileBytes), "file");
}

/// <summary>An uploaded file's name and bytes, and the rest of its form.</summary>
internal sealed record UploadedFile(string FileName, byte[] Content, IFormCollection Form);
