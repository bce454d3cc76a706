using Jixiao.Data.Workflow;
using Jixiao.Governance;

namespace Jixiao.Web.Features.Workflow;

/// <summary>
/// Marks a page or endpoint whose changes belong to a workflow subject other than the goals (the actuals of the
/// self-evaluation): <see cref="WorkflowLock"/> checks that subject's state instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class EditsSubjectAttribute(WorkflowSubject subject) : Attribute
{
    public WorkflowSubject Subject { get; } = subject;
}
