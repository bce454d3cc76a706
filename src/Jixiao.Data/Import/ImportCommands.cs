using Jixiao.Data.Rollup;
using Jixiao.Data.Accounts;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Import;

/// <summary>
/// 导入: upload → preview with findings → commit or cancel. The upload is stored as a pending import of the
/// user who uploaded it; commit reads the same bytes again and stores the goals in one transaction — for a year that
/// has goals already, by updating the same rows in place (<see cref="Reimport"/>), so ids and what hangs on them stay. A department editor imports for their own department; a finance reviewer for departments
/// of their region (a new one is placed there); an administrator for any.
/// </summary>
public sealed class ImportCommands(JixiaoDb db, GoalSetLoader loader, IFindingsSource findings, TimeProvider clock, Workflow.WorkflowCommands workflows, YearResults results)
{
    public async Task<Outcome<ImportPreview>> UploadAsync(UserAccess access, UploadedDocument upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Check() is { } refused)
        {
            return refused;
        }
        if (access.Role == UserRole.DepartmentEditor)
        {
            // An editor's imports are always their own department's, whatever the file or the form says.
            var own = await db.Departments.Where(d => d.Id == access.DepartmentId).Select(d => d.Name).FirstAsync(cancellationToken);
            upload = upload with { DepartmentName = own };
        }
        var now = clock.GetUtcNow();
        await RemoveExpiredAsync(db, now, cancellationToken);
        var pending = new PendingImport(Guid.NewGuid(), access.UserName!, upload.SafeFileName, upload.DepartmentName?.Trim() ?? "", upload.Year, upload.Content, now);
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

    public async Task<Outcome<ImportPreview>> PreviewAsync(UserAccess access, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var pending = await db.PendingImports.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Owner == access.UserName, cancellationToken);
        return pending is null ? Failure.NotFound("Web.What.Import") : await PreviewOfAsync(pending, cancellationToken);
    }

    /// <summary>Stores the previewed goals, replacing the department's goals of that year; returns where they are.</summary>
    public async Task<Outcome<Scope>> CommitAsync(UserAccess access, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var pending = await db.PendingImports.FirstOrDefaultAsync(p => p.Id == id && p.Owner == access.UserName, cancellationToken);
        if (pending is null)
        {
            return Failure.NotFound("Web.What.Import");
        }
        if (Read(pending).GoalSet is not { } goals)
        {
            return Failure.Invalid("file", "Web.Import.Unusable");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The department by its 单位代码 where the document gives one, else by name.
        var code = goals.Department.Code?.Value;
        var department = (code is null ? null : await db.Departments.FirstOrDefaultAsync(d => d.Code == code, cancellationToken))
            ?? await db.Departments.FirstOrDefaultAsync(d => d.Name == goals.Department.Name, cancellationToken);
        if (department?.Code is { } known && code is not null && known != code)
        {
            return Failure.Invalid("file", "Web.Import.CodeDiffers", department.Name, known, code);
        }
        if (department is null)
        {
            if (access.Role is not (UserRole.Administrator or UserRole.FinanceReviewer))
            {
                return Failure.Invalid("department", "Web.Import.NotYours", goals.Department.Name);
            }
            // A reviewer's new department joins their region; an administrator's waits to be placed.
            department = new StoredDepartment(goals.Department.Name, isDemo: false, access.Role == UserRole.FinanceReviewer ? access.RegionId : null);
            department.Identify(goals.Department);
            db.Departments.Add(department);
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (!await access.Visible(db.Departments).AnyAsync(d => d.Id == department.Id, cancellationToken) || !MayImport(access, department))
        {
            return Failure.Invalid("department", "Web.Import.NotYours", goals.Department.Name);
        }
        // A submitted or approved year is locked: an import may not replace it behind the reviewer's back.
        if (await workflows.LockAsync(new Scope(department.Id, goals.Year.Value), Governance.WorkflowSubject.Goals, cancellationToken) is { } locked)
        {
            return new Failure(FailureKind.Conflict, locked.Message, "file");
        }
        var scope = new Scope(department.Id, goals.Year.Value);
        department.Identify(goals.Department);
        db.PendingImports.Remove(pending);
        if (await StoredAsync(scope, tracked: true, cancellationToken) is { } stored)
        {
            // Re-import: the same rows are updated in place, so their ids and everything hung on them stay.
            Reimport.Of(stored, scope.Year, department.Name, goals).ApplyTo(stored);
            await db.SaveGoalSetChangeAsync(stored.Id, results, cancellationToken);
        }
        else
        {
            var added = StoredGoalSet.From(await db.YearOfAsync(scope, cancellationToken), goals);
            db.GoalSets.Add(added);
            await db.SaveChangesAsync(cancellationToken);
            await results.RecordAsync(db, added.Id, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return scope;
    }

    private static bool MayImport(UserAccess access, StoredDepartment department) =>
        access.Role is UserRole.Administrator or UserRole.FinanceReviewer || access.MayEdit(department.Id);

    /// <summary>
    /// Drops previews nobody confirmed. Done on every upload rather than by a background job: uploads are rare,
    /// and this keeps the app one process.
    /// </summary>
    public static Task RemoveExpiredAsync(JixiaoDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PendingImports.Where(p => p.UploadedAt < now - ImportLimits.PendingLifetime).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<Outcome<Guid>> CancelAsync(UserAccess access, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var deleted = await db.PendingImports.Where(p => p.Id == id && p.Owner == access.UserName).ExecuteDeleteAsync(cancellationToken);
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
        var department = await db.Departments.Where(d => d.Name == goals.Department.Name).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        var stored = department is { } id ? await StoredAsync(new Scope(id, goals.Year.Value), tracked: false, cancellationToken) : null;
        var preview = new ImportPreview(pending.Id, pending.FileName, goals, messages, findings.Find(goals), stored is not null);
        if (stored is null)
        {
            return preview;
        }
        var reimport = Reimport.Of(stored, goals.Year.Value, goals.Department.Name, goals);
        return preview with { Indicators = reimport.Indicators, Other = reimport.Other, Unchanged = reimport.IsSameAsStored };
    }

    /// <summary>The year's stored goal set with its funds and indicators, through the one loader every feature uses.</summary>
    private async Task<StoredGoalSet?> StoredAsync(Scope scope, bool tracked, CancellationToken cancellationToken) =>
        await loader.LoadStoredAsync(scope, tracked, cancellationToken) is ({ } stored, _) ? stored : null;

    private static ImportResult Read(PendingImport pending) =>
        DocumentReader.Read(pending.Content, new DisclosureReadOptions(pending.FileName,
            string.IsNullOrWhiteSpace(pending.DepartmentName) ? null : pending.DepartmentName, pending.Year));
}
