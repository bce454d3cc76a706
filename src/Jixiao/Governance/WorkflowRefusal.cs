using System.Collections.Immutable;
using Jixiao.Diagnostics;

namespace Jixiao.Governance;

/// <summary>Why the workflow refused an action; the web maps each to one HTTP status.</summary>
public enum RefusalReason
{
    /// <summary>The actor lacks the capability the action requires (403).</summary>
    NotPermitted,
    /// <summary>The action does not apply in the current status (409).</summary>
    WrongStatus,
    /// <summary>Findings at error level block submission (422); <see cref="WorkflowRefusal.ToFix"/> lists them.</summary>
    FindingsBlock,
    /// <summary>A return, or a grade of 中 or 差, needs at least one opinion (400).</summary>
    OpinionRequired,
    /// <summary>不相容职务分离: whoever submitted the version under review may not return or approve it (403).</summary>
    OwnSubmission,
}

/// <summary>不予办理 — an expected failure of the workflow: the reason, a message for people, and what to fix.</summary>
public sealed record WorkflowRefusal(RefusalReason Reason, LocalizedText Message)
{
    /// <summary>The findings to fix before submitting again (for <see cref="RefusalReason.FindingsBlock"/>).</summary>
    public ImmutableArray<Diagnostic> ToFix { get; init; } = [];
}

/// <summary>What asking the workflow gives: the new state, or the refusal.</summary>
public sealed record WorkflowResult(WorkflowState? State, WorkflowRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;
}
