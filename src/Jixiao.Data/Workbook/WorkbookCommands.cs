using Jixiao.Data.Rollup;
using Jixiao.Data.Common;
using Jixiao.Data.Import;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Jixiao.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Workbook;

/// <summary>
/// 上传修改后的表格: an exported workbook, edited in Excel/WPS, comes back to the same stored indicators.
/// Upload → preview of what changes (kept as a <see cref="PendingImport"/> of that department and year) →
/// confirm applies the changes in place in one transaction, or cancel drops them. Nothing is written
/// before confirming, and a bad workbook is refused with the reason.
/// </summary>
public sealed class WorkbookCommands(JixiaoDb db, GoalSetLoader loader, UiText text, TimeProvider clock, IAuditActor actor, YearResults results)
{
    public async Task<Outcome<WorkbookPreview>> UploadAsync(Scope scope, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var upload = new UploadedDocument(fileName, content, null, null);
        if (!upload.SafeFileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Failure.Invalid("file", "Web.Workbook.NotXlsx", upload.SafeFileName);
        }
        if (upload.Check() is { } refused)
        {
            return refused;
        }
        if (await loader.LoadStoredAsync(scope, tracked: false, cancellationToken) is not ({ } stored, { } department))
        {
            return Failure.NotFound("Web.What.GoalSet");
        }
        var plan = WorkbookPlan.Make(scope, stored, department, upload.SafeFileName, content);
        if (!plan.Succeeded)
        {
            return plan.Failure!;
        }
        var now = clock.GetUtcNow();
        await ImportCommands.RemoveExpiredAsync(db, now, cancellationToken);
        var pending = new PendingImport(Guid.NewGuid(), actor.Name, upload.SafeFileName, department, scope.Year, content, now);
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        return WorkbookPreview.From(pending.Id, pending.FileName, stored.Revision, plan.Value!, text.Format);
    }

    /// <summary>The preview of a pending workbook against the goals as they are now.</summary>
    public async Task<Outcome<WorkbookPreview>> PreviewAsync(Scope scope, Guid id, CancellationToken cancellationToken)
    {
        if (await loader.LoadStoredAsync(scope, tracked: false, cancellationToken) is not ({ } stored, { } department)
            || await PendingAsync(id, department, scope.Year, cancellationToken) is not { } pending)
        {
            return Failure.NotFound("Web.What.Workbook");
        }
        var plan = WorkbookPlan.Make(scope, stored, department, pending.FileName, pending.Content);
        return plan.Succeeded ? WorkbookPreview.From(pending.Id, pending.FileName, stored.Revision, plan.Value!, text.Format) : plan.Failure!;
    }

    /// <summary>
    /// Applies the previewed changes if the goal set is still at <paramref name="revision"/>, the revision the
    /// preview showed: claiming that revision is the first write of the transaction, so of two confirmations
    /// only one applies, and a preview made stale by any other change is refused. Answers the new revision.
    /// </summary>
    public async Task<Outcome<int>> CommitAsync(Scope scope, Guid id, int? revision, CancellationToken cancellationToken)
    {
        if (revision is not { } seen)
        {
            return Failure.Invalid("revision", "Web.Workbook.RevisionRequired");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.GoalSetsIn(scope).Where(g => g.Revision == seen)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Revision, g => g.Revision + 1), cancellationToken);
        if (await loader.LoadStoredAsync(scope, tracked: true, cancellationToken) is not ({ } stored, { } department)
            || await PendingAsync(id, department, scope.Year, cancellationToken) is not { } pending)
        {
            return Failure.NotFound("Web.What.Workbook");
        }
        if (claimed == 0)
        {
            return new Failure(FailureKind.Conflict, new LocalizedText("Web.Workbook.Stale", department, scope.Year), "revision");
        }
        var plan = WorkbookPlan.Make(scope, stored, department, pending.FileName, pending.Content);
        if (!plan.Succeeded)
        {
            return plan.Failure!;
        }
        plan.Value!.ApplyTo(stored);
        db.PendingImports.Remove(pending);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Failure(FailureKind.Conflict, new LocalizedText("Web.Workbook.Stale", department, scope.Year), "revision");
        }
        await results.RecordAsync(db, stored.Id, cancellationToken);
        var now = await db.RevisionAsync(stored.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return now;
    }

    public async Task<Outcome<Guid>> CancelAsync(Scope scope, Guid id, CancellationToken cancellationToken)
    {
        var department = await db.Departments.Where(d => d.Id == scope.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        var deleted = department is null ? 0 : await db.PendingImports
            .Where(p => p.Id == id && p.DepartmentName == department && p.Year == scope.Year).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Failure.NotFound("Web.What.Workbook") : id;
    }

    /// <summary>A pending upload of this department and year (another's is simply not found).</summary>
    private Task<PendingImport?> PendingAsync(Guid id, string department, int year, CancellationToken cancellationToken) =>
        db.PendingImports.FirstOrDefaultAsync(p => p.Id == id && p.DepartmentName == department && p.Year == year, cancellationToken);
}
