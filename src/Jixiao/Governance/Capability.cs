using System.Text.Json.Serialization;

namespace Jixiao.Governance;

/// <summary>
/// 权限 — what an actor may do in the workflow. Roles (issue 7: administrator, finance reviewer, department
/// editor, viewer) grant capabilities for a scope; the workflow only asks whether the actor holds the one
/// capability an action requires (<see cref="WorkflowAction.Requires"/>). Scope (which department, which
/// region) is checked by the caller before the workflow is asked.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Capability>))]
public enum Capability
{
    /// <summary>部门填报: edit, submit, begin an adjustment, publish the department's own approved goals.</summary>
    [JsonStringEnumMemberName("department-edit")] DepartmentEdit,
    /// <summary>财政审核: return or approve (grade) a submitted version.</summary>
    [JsonStringEnumMemberName("finance-review")] FinanceReview,
}
