using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Jixiao.Goals;

/// <summary>
/// 专项资金 / 项目 — a budget line with its own 绩效目标 (<see cref="Goals"/>, without list numbering)
/// and indicator table (<see cref="Indicators"/>), and its money when known.
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
    }

    /// <summary>The fund's name, without the 专项资金绩效目标表 suffix of its heading.</summary>
    public string Name { get; }

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
