namespace Jixiao.Data.Persistence;

/// <summary>
/// An uploaded document waiting for the user to confirm or cancel its import (导入预览). The bytes are
/// kept as uploaded and read again on commit, so that what is stored is exactly what was previewed
/// (reading is deterministic) and a restart between preview and commit loses nothing.
/// </summary>
public sealed class PendingImport
{
    public PendingImport(Guid id, string owner, string fileName, string departmentName, int? year, byte[] content, DateTimeOffset uploadedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        Owner = owner;
        // Empty when the upload named no department (it is optional): the file must name it then.
        ArgumentNullException.ThrowIfNull(departmentName);
        Id = id;
        FileName = fileName;
        DepartmentName = departmentName.Trim();
        Year = year;
        Content = content;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The user who uploaded it: only they see the preview and may commit or cancel it.</summary>
    public string Owner { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The department the document is imported for (the seed does not name its own).</summary>
    public string DepartmentName { get; private set; }

    /// <summary>The budget year, when the user gave one; otherwise the document's.</summary>
    public int? Year { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>When it was uploaded; stale previews are removed after a day.</summary>
    public DateTimeOffset UploadedAt { get; private set; }
}
