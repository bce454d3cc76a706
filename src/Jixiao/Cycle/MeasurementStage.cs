using System.Text.Json.Serialization;

namespace Jixiao.Cycle;

/// <summary>
/// 阶段 — the stage of the performance cycle at which a value was measured: the year-end 单位自评, a 绩效运行监控 round
/// during the year, and the 部门评价 / 财政评价 after it. Each stage keeps its own figures for the same indicator, so
/// that monitoring's 完成值 to date never overwrites the self-evaluation's 实际完成值.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasurementStage>))]
public enum MeasurementStage
{
    /// <summary>单位自评: the department's own evaluation after the year.</summary>
    [JsonStringEnumMemberName("self-evaluation")] SelfEvaluation,
    /// <summary>绩效运行监控: a monitoring round during the year (usually 1–6月 or 1–7月).</summary>
    [JsonStringEnumMemberName("monitoring")] Monitoring,
    /// <summary>部门评价: the 主管部门's evaluation of selected projects.</summary>
    [JsonStringEnumMemberName("department-evaluation")] DepartmentEvaluation,
    /// <summary>财政评价: the finance bureau's evaluation (often by a third party).</summary>
    [JsonStringEnumMemberName("finance-evaluation")] FinanceEvaluation,
}
