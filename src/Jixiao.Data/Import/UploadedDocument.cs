using Jixiao.Data.Common;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Data.Import;

/// <summary>
/// A file as uploaded, with the department and year the user gave. <see cref="Check"/> applies the limits
/// before anything is read: size, name, and a look at the content (no binary, no Office zip yet).
/// </summary>
public sealed record UploadedDocument(string FileName, byte[] Content, string? DepartmentName, int? Year)
{
    /// <summary>The file name without any directory part, at most 200 characters.</summary>
    public string SafeFileName
    {
        get
        {
            var name = Path.GetFileName(FileName.Replace('\\', '/'));
            return name.Length > 200 ? name[..200] : name;
        }
    }

    public Failure? Check()
    {
        if (Content.Length > ImportLimits.MaxFileBytes)
        {
            return new Failure(FailureKind.TooLarge, new LocalizedText("File.TooLarge", SafeFileName, Content.Length, ImportLimits.MaxFileBytes), "file");
        }
        if (Content.Length == 0)
        {
            return Failure.Invalid("file", "File.Empty", SafeFileName);
        }
        if (!ImportLimits.Extensions.Contains(Path.GetExtension(SafeFileName).ToLowerInvariant()))
        {
            return Failure.Invalid("file", "Web.Import.Extension", SafeFileName, string.Join(" ", ImportLimits.Extensions));
        }
        if (DepartmentName is { Length: > 200 })
        {
            return Failure.Invalid("department", "Web.Field.TooLong", 200);
        }
        if (Year is { } year && !FiscalYear.TryCreate(year, out _))
        {
            return Failure.Invalid("year", "Web.Field.Year", year, FiscalYear.Min, FiscalYear.Max);
        }
        return null;
    }
}
