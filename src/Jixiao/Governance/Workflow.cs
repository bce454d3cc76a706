using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Governance;

/// <summary>
/// 审核流程 — the review path between department and finance bureau, as pure functions:
/// 草稿 → 已提交 → 退回 (or 中) → 已提交 … → 已审核 (优/良) → 已公开, or 不予通过 (差). After approval, changes go
/// through an adjustment (调整): a new working version, reviewed again, while the approved one stays in force.
/// <see cref="Decide"/> says whether an actor may take an action now; <see cref="Apply"/> gives the next state.
/// </summary>
public static class Workflow
{
    /// <summary>Decides and, when allowed, applies: the new state or the refusal.</summary>
    public static WorkflowResult Try(WorkflowState state, WorkflowAction action, IReadOnlyCollection<Capability> capabilities, Reviewing? reviewing = null) =>
        Decide(state, action, capabilities, reviewing) is { } refusal ? new WorkflowResult(null, refusal) : new WorkflowResult(Apply(state, action), null);

    /// <summary>
    /// Null when the actor holding <paramref name="capabilities"/> may take the action now; otherwise why not. With
    /// <paramref name="reviewing"/> (who acts, who submitted the version under review), a return or approval by the
    /// submitter is refused whatever capabilities they hold: one person never both submits and approves a stage.
    /// </summary>
    public static WorkflowRefusal? Decide(WorkflowState state, WorkflowAction action, IReadOnlyCollection<Capability> capabilities, Reviewing? reviewing = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(capabilities);
        if (!capabilities.Contains(action.Requires))
        {
            return new WorkflowRefusal(RefusalReason.NotPermitted,
                new LocalizedText("Workflow.NotPermitted", new LocalizedText("Workflow.Capability." + action.Requires), action.Label));
        }
        if (action is ReturnAction or ApproveAction && reviewing is { Submitter: { } submitter } && string.Equals(submitter, reviewing.Actor, StringComparison.Ordinal))
        {
            return new WorkflowRefusal(RefusalReason.OwnSubmission, new LocalizedText("Workflow.OwnSubmission", action.Label));
        }
        return Check(state, action);
    }

    /// <summary>The state after the action. Applying an action <see cref="Decide"/> refuses is a bug and throws.</summary>
    public static WorkflowState Apply(WorkflowState state, WorkflowAction action)
    {
        if (Check(state, action) is { } refusal)
        {
            throw new InvalidOperationException($"The workflow refuses '{action.Name}' in status {state.Status}: {refusal.Message}");
        }
        var s = state;
        return action switch
        {
            EditAction => s,
            SubmitAction => new WorkflowState(WorkflowStatus.Submitted, s.Submissions + 1, s.VersionInForce, s.PublishedVersion),
            ReturnAction r => new WorkflowState(WorkflowStatus.Returned, s.Submissions, s.VersionInForce, s.PublishedVersion, null, r.Opinions),
            ApproveAction { Approves: true } a => new WorkflowState(WorkflowStatus.Approved, s.Submissions, s.Submissions, s.PublishedVersion, a.Grade, a.Opinions),
            ApproveAction { Grade: Grade.Fair } a => new WorkflowState(WorkflowStatus.Returned, s.Submissions, s.VersionInForce, s.PublishedVersion, a.Grade, a.Opinions),
            ApproveAction a => new WorkflowState(WorkflowStatus.Rejected, s.Submissions, s.VersionInForce, s.PublishedVersion, a.Grade, a.Opinions),
            PublishAction => new WorkflowState(WorkflowStatus.Published, s.Submissions, s.VersionInForce, s.VersionInForce, s.Grade, s.Opinions),
            BeginAdjustmentAction => new WorkflowState(WorkflowStatus.Draft, s.Submissions, s.VersionInForce, s.PublishedVersion),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown workflow action."),
        };
    }

    /// <summary>Everything but the capability: is the action possible in this state with these inputs?</summary>
    private static WorkflowRefusal? Check(WorkflowState state, WorkflowAction action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        if (!AppliesIn(state, action))
        {
            return WrongStatus(state, action);
        }
        return action switch
        {
            SubmitAction { Blocking: { IsEmpty: false } blocking } => new WorkflowRefusal(RefusalReason.FindingsBlock,
                new LocalizedText("Workflow.FindingsBlock", blocking.Length)) { ToFix = blocking },
            ReturnAction { Opinions.IsEmpty: true } => OpinionRequired(action),
            ApproveAction { Approves: false, Opinions.IsEmpty: true } => OpinionRequired(action),
            _ => null,
        };
    }

    private static bool AppliesIn(WorkflowState state, WorkflowAction action) => action switch
    {
        EditAction or SubmitAction => state.IsEditable,
        ReturnAction or ApproveAction => state.Status == WorkflowStatus.Submitted,
        PublishAction => state.Status == WorkflowStatus.Approved,
        // A rejected adjustment ends that adjustment, not the goal set: the approved version is still in force
        // and may be adjusted again. A rejected first version has nothing in force and stays terminal.
        BeginAdjustmentAction => state.Status is WorkflowStatus.Approved or WorkflowStatus.Published
            || (state.Status == WorkflowStatus.Rejected && state.VersionInForce is not null),
        _ => false,
    };

    private static WorkflowRefusal WrongStatus(WorkflowState state, WorkflowAction action)
    {
        var key = (state.Status, action) switch
        {
            (WorkflowStatus.Submitted, EditAction or SubmitAction) => "Workflow.Locked",
            (WorkflowStatus.Approved or WorkflowStatus.Published, EditAction or SubmitAction) => "Workflow.NeedsAdjustment",
            (WorkflowStatus.Rejected, _) => "Workflow.RejectedFinal",
            _ => "Workflow.WrongStatus",
        };
        return new WorkflowRefusal(RefusalReason.WrongStatus, new LocalizedText(key, state.Status.Label(), action.Label));
    }

    private static WorkflowRefusal OpinionRequired(WorkflowAction action) =>
        new(RefusalReason.OpinionRequired, new LocalizedText("Workflow.OpinionRequired", action.Label));

    /// <summary>Convenience for callers with one capability.</summary>
    public static IReadOnlyCollection<Capability> Holding(params Capability[] capabilities) => ImmutableHashSet.Create(capabilities);
}

/// <summary>Who takes a review step, and who submitted the version it reviews (null before a submission).</summary>
public sealed record Reviewing(string Actor, string? Submitter);
