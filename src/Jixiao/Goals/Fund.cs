using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Jixiao.Goals.Codes;

namespace Jixiao.Goals;

/// <summary>
/// 专项资金 / 项目 — a budget line with its own 绩效目标 (<see cref="Goals"/>, without list numbering)
/// and indicator table (<see cref="Indicators"/>), its money, and its 项目代码, 项目类别, 项目期 and 中期目标 when
/// known. Indicator codes are unique within a fund where given.
/// </summary>
public sealed record Fund
{
    public Fund(string name, ImmutableArray<string> goals, ImmutableArray<Indicator> indicators, FundMoney? money = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Goals = goals.IsDefault ? [] : goals;
        Indicators = indicators.IsDefault ? [] : indicators;
        Money = money;
        if (CodeConflict.AmongIndicators(Name, Indicators) is { } conflict)
        {
            throw new CodeConflictException(conflict);
        }
    }

    /// <summary>The fund's name, without the 专项资金绩效目标表 suffix of its heading.</summary>
    public string Name { get; }

    /// <summary>项目代码 (<c>pro_code</c>) of 预算管理一体化, when the document gives it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Code? Code { get; init; }

    /// <summary>项目类别: 新增 or 延续, when stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProjectCategory? Category { get; init; }

    /// <summary>项目期: the years the project runs, when stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProjectPeriod? Period { get; init; }

    /// <summary>中期目标 (<c>zqgoal</c>): the goal over the whole 项目期, as written; null when not stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MediumTermGoal { get; init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    /// <summary>项目资金, when stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FundMoney? Money { get; }

    /// <summary>绩效目标: the fund's goal statements.</summary>
    public ImmutableArray<string> Goals { get; }

    /// <summary>绩效指标: the rows of the indicator table, in order.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>Where the fund's heading was read.</summary>
    [JsonIgnore]
    public SourceRef? Source { get; init; }
}
