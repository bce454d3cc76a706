using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Jixiao.Goals.Codes;
using Jixiao.Targets;

namespace Jixiao.Goals;

/// <summary>
/// 绩效指标 — one indicator of a fund's table: 一级指标 (<see cref="Level1"/>), 二级指标
/// (<see cref="Level2"/>), 三级指标 (<see cref="Name"/>), 绩效指标描述, 指标值, 指标值确定依据, and
/// where the table gives them 分值 and 指标性质. Names are kept exactly as written; whether they are
/// standard is for the checks to say.
/// </summary>
public sealed record Indicator
{
    public Indicator(string level1, string level2, string name, string description, Target target, string basis,
        Weight? weight = null, Direction? direction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(target);
        Level1 = level1?.Trim() ?? "";
        Level2 = level2?.Trim() ?? "";
        Name = name.Trim();
        Description = description?.Trim() ?? "";
        Target = target;
        Basis = basis?.Trim() ?? "";
        Weight = weight;
        Direction = direction;
    }

    /// <summary>指标代码 (<c>perf_ind_code</c>: the 三级指标's code in the 指标库), when the table gives one; unique within its fund.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Code? Code { get; init; }

    /// <summary>一级指标, e.g. 产出指标.</summary>
    public string Level1 { get; }

    /// <summary>二级指标, e.g. 质量指标.</summary>
    public string Level2 { get; }

    /// <summary>三级指标, the thing measured, e.g. 案件流转率.</summary>
    public string Name { get; }

    /// <summary>绩效指标描述: what exactly is measured.</summary>
    public string Description { get; }

    /// <summary>指标值.</summary>
    public Target Target { get; }

    /// <summary>指标值确定依据, as written.</summary>
    public string Basis { get; }

    /// <summary>分值, when the table gives one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Weight? Weight { get; }

    /// <summary>指标性质 written in its own column (正向/反向/定性); null when the table has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Direction? Direction { get; }

    /// <summary>Where each row of this indicator was read (a ladder spans one row per grade).</summary>
    [JsonIgnore]
    public ImmutableArray<SourceRef> Sources { get; init; } = [];

    /// <summary>The direction that applies: the explicit column, else what the target implies.</summary>
    [JsonIgnore]
    public Direction? EffectiveDirection => Direction ?? Target.ImpliedDirection;

    /// <summary>The first place this indicator was read, if known.</summary>
    [JsonIgnore]
    public SourceRef? Source => Sources.IsDefaultOrEmpty ? null : Sources[0];
}
