using Jixiao.Data.Common;
using Jixiao.Data.Import;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jixiao.Web.Features.Import;

/// <summary>A page's uploaded file as bytes, under the import limits; a missing or oversized file is a form error instead.</summary>
public static class FormFiles
{
    public static async Task<byte[]?> ReadAsync(IFormFile? file, ModelStateDictionary modelState, UiText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        if (file is null)
        {
            modelState.AddModelError("file", text["Web.Import.NoFile"]);
            return null;
        }
        if (file.Length > ImportLimits.MaxFileBytes)
        {
            modelState.AddModelError("file", text.Format("File.TooLarge", file.FileName, file.Length, ImportLimits.MaxFileBytes));
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
