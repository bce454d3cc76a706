using System.Text.Json.Serialization;

namespace Jixiao.Diagnostics;

/// <summary>严重程度 — how much a finding matters.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>提示: advice.</summary>
    [JsonStringEnumMemberName("info")] Info = 0,
    /// <summary>警告: probably wrong; review it.</summary>
    [JsonStringEnumMemberName("warning")] Warning = 1,
    /// <summary>错误: must be fixed.</summary>
    [JsonStringEnumMemberName("error")] Error = 2,
}
