using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Goals;
using Jixiao.Web.Features.Checks;
using Jixiao.Web.Common;
using Jixiao.Web.Persistence;
using Jixiao.Web.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Import;

/// <summary>
/// 导入: upload → preview with findings → commit or cancel. The upload is stored as a pending import;
/// commit reads the same bytes again and replaces the department's goals of that year in one transaction.
/// </summary>
public sealed class ImportCommands(JixiaoDb db, IFindingsSource findings, TimeProvider clock)
{
    public async Task<Outcome<ImportPreview>> UploadAsync(UploadedDocument upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Check() is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow();
        // Expired previews are removed here rather than by a background job: uploads are rare, and this keeps the app one process.
        await db.PendingImports.Where(p => p.UploadedAt < now - ImportLimits.PendingLifetime).ExecuteDeleteAsync(cancellationToken);
        var pending = new PendingImport(Guid.NewGuid(), upload.SafeFileName, upload.DepartmentName?.Trim() ?? "", upload.Year, upload.Content, now);
        var preview = await PreviewOfAsync(pending, cancellationToken);
        if (preview.Goals is null)
        {
            // An unusable document is answered at once and not kept.
            return preview;
        }
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        return preview;
    }

    public async Task<Outcome<ImportPreview>> PreviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var pending = await db.PendingImports.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return pending is null ? Failure.NotFound("Web.What.Import") : await PreviewOfAsync(pending, cancellationToken);
    }

    /// <summary>Stores the previewed goals, replacing the department's goals of that year; returns where they are.</summary>
    public async Task<Outcome<Scope>> CommitAsync(Guid id, CancellationToken cancellationToken)
    {
        var pending = await db.PendingImports.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pending is null)
        {
            return Failure.NotFound("Web.What.Import");
        }
        if (Read(pending).GoalSet is not { } goals)
        {
            return Failure.Invalid("file", "Web.Import.Unusable");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Name == goals.Department.Name, cancellationToken);
        if (department is null)
        {
            department = new StoredDepartment(goals.Department.Name, isDemo: false);
            db.Departments.Add(department);
            await db.SaveChangesAsync(cancellationToken);
        }
        var replaced = await db.GoalSets.Where(g => g.DepartmentId == department.Id && g.Year == goals.Year.Value).ExecuteDeleteAsync(cancellationToken);
        if (replaced > 0)
        {
            // A bulk delete bypasses the change tracker: one record says the year's goals were replaced by this file.
            db.Audit.Note(new AuditNote($"goal-set/{department.Id}/{goals.Year.Value}", "replace", department.Id, goals.Year.Value,
                NewValue: System.Text.Json.JsonSerializer.Serialize(new { file = pending.FileName }, ChangeCapture.Json)));
        }
        db.GoalSets.Add(StoredGoalSet.From(department.Id, goals));
        db.PendingImports.Remove(pending);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Scope(department.Id, goals.Year.Value);
    }

    public async Task<Outcome<Guid>> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await db.PendingImports.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Failure.NotFound("Web.What.Import") : id;
    }

    private async Task<ImportPreview> PreviewOfAsync(PendingImport pending, CancellationToken cancellationToken)
    {
        var result = Read(pending);
        var culture = UiText.Culture;
        var messages = result.Diagnostics
            .Select(d => new ImportMessage(d.Code, d.Severity, d.Where?.Line, d.Fund, d.Indicator, d.Message.Format(culture)))
            .ToList();
        if (result.GoalSet is not { } goals)
        {
            return new ImportPreview(pending.Id, pending.FileName, null, messages, [], false);
        }
        var replaces = await db.GoalSets.AnyAsync(
            g => g.Year == goals.Year.Value && db.Departments.Any(d => d.Id == g.DepartmentId && d.Name == goals.Department.Name), cancellationToken);
        return new ImportPreview(pending.Id, pending.FileName, goals, messages, findings.Find(goals), replaces);
    }

    private static ImportResult Read(PendingImport pending) =>
        DocumentReader.Read(pending.Content, new DisclosureReadOptions(pending.FileName,
            string.IsNullOrWhiteSpace(pending.DepartmentName) ? null : pending.DepartmentName, pending.Year));
}
