using System.Text.Json.Serialization;

namespace Jixiao.Targets;

/// <summary>指标性质 / 指标方向 — whether higher is better (正向), lower is better (反向), or the indicator is judged in words (定性).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction
{
    /// <summary>正向: higher is better.</summary>
    [JsonStringEnumMemberName("positive")] Positive,
    /// <summary>反向: lower is better.</summary>
    [JsonStringEnumMemberName("negative")] Negative,
    /// <summary>定性: qualitative, judged by tiers.</summary>
    [JsonStringEnumMemberName("qualitative")] Qualitative,
}

/// <summary>Chinese labels of <see cref="Direction"/>.</summary>
public static class DirectionExtensions
{
    public static string ChineseName(this Direction direction) => direction switch
    {
        Direction.Positive => "正向",
        Direction.Negative => "反向",
        Direction.Qualitative => "定性",
    };

    /// <summary>Reads 正向/反向/定性 and the 指标方向 words (大于等于, 小于等于 …) used for it.</summary>
    public static Direction? Parse(string? text) => text?.Trim() switch
    {
        "正向" or "正向指标" or "≥" or "大于等于" or "大于" => Direction.Positive,
        "反向" or "反向指标" or "≤" or "小于等于" or "小于" => Direction.Negative,
        "定性" or "定性指标" => Direction.Qualitative,
        _ => null,
    };
}
