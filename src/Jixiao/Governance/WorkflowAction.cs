using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Governance;

/// <summary>
/// 操作 — a step someone asks the workflow to take. Each action names the one capability it requires
/// (<see cref="Requires"/>) and its label (message key <c>Workflow.Action.*</c>).
/// </summary>
public abstract record WorkflowAction
{
    private protected WorkflowAction(Capability requires, string name)
    {
        Requires = requires;
        Name = name;
    }

    /// <summary>The capability the actor must hold.</summary>
    public Capability Requires { get; }

    /// <summary>Stable name of the action (<c>submit</c>, <c>return</c> …), used in audit records and message keys.</summary>
    public string Name { get; }

    /// <summary>The action in the reader's language.</summary>
    public LocalizedText Label => new("Workflow.Action." + Name);
}

/// <summary>修改: the department changes its working version (only a draft or a returned version).</summary>
public sealed record EditAction() : WorkflowAction(Capability.DepartmentEdit, "edit");

/// <summary>
/// 提交: the department submits its working version for review. <see cref="Findings"/> are the checks'
/// findings on the version; any at error level blocks the submission and comes back as what to fix.
/// </summary>
public sealed record SubmitAction : WorkflowAction
{
    public SubmitAction(ImmutableArray<Diagnostic> findings = default) : base(Capability.DepartmentEdit, "submit") =>
        Findings = findings.IsDefault ? [] : findings;

    public ImmutableArray<Diagnostic> Findings { get; }

    /// <summary>The findings that block submission.</summary>
    public ImmutableArray<Diagnostic> Blocking => [.. Findings.Where(f => f.Severity == Severity.Error)];
}

/// <summary>退回: the reviewer sends the submitted version back with at least one opinion.</summary>
public sealed record ReturnAction : WorkflowAction
{
    public ReturnAction(ImmutableArray<ReviewOpinion> opinions) : base(Capability.FinanceReview, "return") =>
        Opinions = opinions.IsDefault ? [] : opinions;

    public ImmutableArray<ReviewOpinion> Opinions { get; }
}

/// <summary>
/// 审核: the reviewer grades the submitted version. 优/良 approve it (it comes into force); 中 sends it back for
/// revision with the grade recorded; 差 rejects it (不予通过). 中 and 差 need at least one opinion saying why.
/// </summary>
public sealed record ApproveAction : WorkflowAction
{
    public ApproveAction(Grade grade, ImmutableArray<ReviewOpinion> opinions = default) : base(Capability.FinanceReview, "approve")
    {
        Grade = grade;
        Opinions = opinions.IsDefault ? [] : opinions;
    }

    public Grade Grade { get; }

    public ImmutableArray<ReviewOpinion> Opinions { get; }

    /// <summary>Whether this grade approves (优 or 良).</summary>
    public bool Approves => Grade is Grade.Excellent or Grade.Good;
}

/// <summary>
/// 公开: the department publishes the approved version in force. Publication is the department's duty
/// (部门预算公开, within 20 days of 批复), so it requires <see cref="Capability.DepartmentEdit"/>; the reviewer's
/// part ends with approval.
/// </summary>
public sealed record PublishAction() : WorkflowAction(Capability.DepartmentEdit, "publish");

/// <summary>发起调整: the department starts changing approved goals; the approved version stays in force until the adjustment is approved.</summary>
public sealed record BeginAdjustmentAction() : WorkflowAction(Capability.DepartmentEdit, "adjust");
