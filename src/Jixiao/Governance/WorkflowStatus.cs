using System.Text.Json.Serialization;

namespace Jixiao.Governance;

/// <summary>
/// 流程状态 — where the working version of a goal set (or of a self-evaluation) stands in the review between
/// department and finance bureau. Whatever approved version is in force is kept separately
/// (<see cref="WorkflowState.VersionInForce"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))]
public enum WorkflowStatus
{
    /// <summary>草稿: the department is drafting; editable.</summary>
    [JsonStringEnumMemberName("draft")] Draft,
    /// <summary>已提交: waiting for the finance bureau; locked for the department.</summary>
    [JsonStringEnumMemberName("submitted")] Submitted,
    /// <summary>退回: sent back with opinions (or graded 中); editable, to be resubmitted.</summary>
    [JsonStringEnumMemberName("returned")] Returned,
    /// <summary>已审核: approved with grade 优 or 良; in force.</summary>
    [JsonStringEnumMemberName("approved")] Approved,
    /// <summary>不予通过: graded 差; this version cannot proceed.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
    /// <summary>已公开: approved and published.</summary>
    [JsonStringEnumMemberName("published")] Published,
}

/// <summary>Labels of <see cref="WorkflowStatus"/>.</summary>
public static class WorkflowStatusExtensions
{
    public static string ChineseName(this WorkflowStatus status) => status switch
    {
        WorkflowStatus.Draft => "草稿",
        WorkflowStatus.Submitted => "已提交",
        WorkflowStatus.Returned => "退回",
        WorkflowStatus.Approved => "已审核",
        WorkflowStatus.Rejected => "不予通过",
        WorkflowStatus.Published => "已公开",
    };

    /// <summary>The user-facing label in the reader's language (message key <c>Workflow.Status.*</c>).</summary>
    public static Diagnostics.LocalizedText Label(this WorkflowStatus status) => new("Workflow.Status." + status);

    /// <summary>Whether the department may change its working copy in this status (草稿 or 退回).</summary>
    public static bool IsEditable(this WorkflowStatus status) => status is WorkflowStatus.Draft or WorkflowStatus.Returned;
}
