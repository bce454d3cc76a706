namespace Jixiao.Data.Import;

/// <summary>
/// Limits on uploaded documents. A disclosure is a few dozen kilobytes of text; 2 MiB leaves room for
/// the largest real ones while keeping a pending import small enough to store in the database.
/// </summary>
public static class ImportLimits
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>The whole request (file plus form fields and multipart framing).</summary>
    public const long MaxRequestBytes = MaxFileBytes + 64 * 1024;

    /// <summary>What the upload accepts; the content is checked as well, the name alone proves nothing.</summary>
    public static readonly string[] Extensions = [".txt", ".json", ".docx", ".xlsx"];

    /// <summary>Previews nobody confirmed are dropped after this long.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromDays(1);
}
