using System.Text;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Jixiao.Diagnostics;
using Jixiao.Formats.Json;
using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Workflow;

/// <summary>What a workflow step gave: the new state, or why the workflow refused it (map <see cref="RefusalReason"/> to HTTP).</summary>
public sealed record WorkflowStep(WorkflowState? State, WorkflowRefusal? Refusal);

/// <summary>
/// 审核流程 of a department's goal set of a year, stored: the state (<see cref="StoredWorkflow"/>) and every
/// submission frozen as canonical JSON (<see cref="StoredGoalSetVersion"/>). The decision is the library's
/// <see cref="Jixiao.Governance.Workflow"/>; the caller says which capabilities the user holds for this scope.
/// Each step is one transaction, audited by the interceptor (the workflow row's status change, the version rows).
/// </summary>
public sealed class WorkflowCommands(JixiaoDb db, GoalSetLoader loader, IFindingsSource findings, IAuditActor actor, TimeProvider clock,
    Evaluation.EvaluationQuery evaluations)
{
    /// <summary>The state, or the initial draft when the goal set was never submitted; not found when there is no goal set.</summary>
    public async Task<Outcome<WorkflowState>> StateAsync(Scope scope, WorkflowSubject subject, CancellationToken cancellationToken)
    {
        if (!await db.GoalSetsIn(scope).AnyAsync(cancellationToken))
        {
            return Failure.NotFound("Web.What.GoalSet");
        }
        var stored = await FindAsync(scope, subject, cancellationToken);
        return stored?.ToState() ?? WorkflowState.Initial;
    }

    /// <summary>Null when the working copy of the subject may be changed now (draft or returned); otherwise why not.</summary>
    public async Task<WorkflowRefusal?> LockAsync(Scope scope, WorkflowSubject subject, CancellationToken cancellationToken)
    {
        var state = await db.Workflows.AsNoTracking()
            .FirstOrDefaultAsync(w => w.PerformanceYear.DepartmentId == scope.DepartmentId && w.PerformanceYear.Year == scope.Year && w.Subject == subject, cancellationToken);
        return Governance.Workflow.Decide(state?.ToState() ?? WorkflowState.Initial, new EditAction(), Governance.Workflow.Holding(Capability.DepartmentEdit));
    }

    /// <summary>
    /// Takes a step. A <see cref="SubmitAction"/> without findings is checked here with the app's checks, so errors
    /// block it; the submitted goal set is frozen as the next version.
    /// </summary>
    public async Task<Outcome<WorkflowStep>> ApplyAsync(Scope scope, WorkflowSubject subject, WorkflowAction action,
        IReadOnlyCollection<Capability> capabilities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (await loader.LoadWithIdsAsync(scope, cancellationToken) is not var (goals, rows))
        {
            return Failure.NotFound("Web.What.GoalSet");
        }
        if (action is SubmitAction { Findings.IsEmpty: true })
        {
            action = new SubmitAction([.. findings.Find(goals).Select(f =>
                new Diagnostic(f.Rule, f.Severity, null, new LocalizedText("Workflow.Finding", f.Text)) { Fund = f.Fund, Indicator = f.Indicator })]);
        }
        var stored = await FindAsync(scope, subject, cancellationToken);
        var state = stored?.ToState() ?? WorkflowState.Initial;
        var submitter = stored is null || action is not (ReturnAction or ApproveAction) ? null
            : await db.GoalSetVersions.Where(v => v.WorkflowId == stored.Id && v.Number == state.Submissions).Select(v => v.SubmittedBy).FirstOrDefaultAsync(cancellationToken);
        var result = Governance.Workflow.Try(state, action, capabilities, new Reviewing(actor.Name, submitter));
        if (result.State is not { } next)
        {
            return new WorkflowStep(null, result.Refusal);
        }
        if (stored is null)
        {
            stored = StoredWorkflow.Start(await db.YearOfAsync(scope, cancellationToken), subject);
            db.Workflows.Add(stored);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            stored.Record(next);
            await db.SaveChangesAsync(cancellationToken);
            await RecordVersionAsync(scope, stored, action, next, goals, rows, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsNewWorkflow(db, stored))
        {
            // Two people stepped at once (the workflow row's version, or both creating its first row): the later one reloads.
            db.ChangeTracker.Clear();
            return new Failure(FailureKind.Conflict, new LocalizedText("Workflow.Conflict"));
        }
        return new WorkflowStep(next, null);
    }

    /// <summary>The frozen versions, oldest first.</summary>
    public async Task<IReadOnlyList<StoredGoalSetVersion>> VersionsAsync(Scope scope, WorkflowSubject subject, CancellationToken cancellationToken) =>
        await db.GoalSetVersions.AsNoTracking()
            .Where(v => db.Workflows.Any(w => w.Id == v.WorkflowId && w.PerformanceYear.DepartmentId == scope.DepartmentId && w.PerformanceYear.Year == scope.Year && w.Subject == subject))
            .OrderBy(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>
    /// 修订对照 between two submitted goal-set versions (e.g. the returned one and the resubmission); null when either
    /// is missing, and for a self-evaluation, whose versions freeze scored results rather than goal sets.
    /// </summary>
    public async Task<Redline?> RedlineAsync(Scope scope, WorkflowSubject subject, int from, int to, CancellationToken cancellationToken)
    {
        if (subject != WorkflowSubject.Goals)
        {
            return null;
        }
        var versions = (await VersionsAsync(scope, subject, cancellationToken)).ToDictionary(v => v.Number);
        return versions.TryGetValue(from, out var before) && versions.TryGetValue(to, out var after)
            ? Redline.Between(StoredGoalSetVersion.ReadGoals(before.Snapshot, from), StoredGoalSetVersion.ReadGoals(after.Snapshot, to),
                before.ReadRowIds(), after.ReadRowIds())
            : null;
    }

    private async Task RecordVersionAsync(Scope scope, StoredWorkflow workflow, WorkflowAction action, WorkflowState state, Goals.GoalSet goals,
        RowIds rows, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        switch (action)
        {
            case SubmitAction:
                db.GoalSetVersions.Add(StoredGoalSetVersion.Submitted(workflow.Id, state.Submissions, await SnapshotAsync(scope, workflow, goals, cancellationToken),
                    workflow.Subject == WorkflowSubject.Goals ? rows : null, now, actor.Name));
                break;
            case ReturnAction or ApproveAction or PublishAction:
                var number = action is PublishAction ? state.PublishedVersion!.Value : state.Submissions;
                var version = await db.GoalSetVersions.FirstAsync(v => v.WorkflowId == workflow.Id && v.Number == number, cancellationToken);
                version.Reviewed(state, now, actor.Name);
                break;
        }
    }

    /// <summary>
    /// What a submission freezes: the goal set (canonical JSON), or for a self-evaluation its scored result
    /// (actuals, scores, explanations, total and grade, as <c>jixiao evaluate --json</c> writes it).
    /// </summary>
    private async Task<string> SnapshotAsync(Scope scope, StoredWorkflow workflow, Goals.GoalSet goals, CancellationToken cancellationToken)
    {
        if (workflow.Subject == WorkflowSubject.SelfEvaluation
            && await evaluations.EvaluateAsync(scope, cancellationToken) is { } evaluated)
        {
            return Encoding.UTF8.GetString(Jixiao.Evaluation.EvaluationJson.Serialize(evaluated.Evaluation, Cultures.Chinese));
        }
        return CanonicalJson.SerializeToString(goals);
    }

    private static bool IsNewWorkflow(JixiaoDb db, StoredWorkflow workflow) => db.Entry(workflow).State == EntityState.Added;

    private Task<StoredWorkflow?> FindAsync(Scope scope, WorkflowSubject subject, CancellationToken cancellationToken) =>
        db.Workflows.FirstOrDefaultAsync(w => w.PerformanceYear.DepartmentId == scope.DepartmentId && w.PerformanceYear.Year == scope.Year && w.Subject == subject, cancellationToken);

}
