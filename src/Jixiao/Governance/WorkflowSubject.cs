using System.Text.Json.Serialization;

namespace Jixiao.Governance;

/// <summary>
/// 审核对象 — what goes through the submit → review → approve path: a department's goal set of a year
/// (绩效目标申报) or its self-evaluation after the year (绩效自评). Both follow the same <see cref="Workflow"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowSubject>))]
public enum WorkflowSubject
{
    /// <summary>绩效目标: the goal set (part 1 and the fund tables).</summary>
    [JsonStringEnumMemberName("goals")] Goals,
    /// <summary>绩效自评: the year-end self-evaluation.</summary>
    [JsonStringEnumMemberName("self-evaluation")] SelfEvaluation,
}
