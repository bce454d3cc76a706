using Jixiao.Goals;

namespace Jixiao.Governance;

/// <summary>
/// 审核意见 — one opinion of the reviewer, on the whole table (<see cref="Indicator"/> null) or on one
/// indicator. The text is required.
/// </summary>
public sealed record ReviewOpinion
{
    public ReviewOpinion(string text, IndicatorKey? indicator = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        Indicator = indicator;
    }

    /// <summary>What the department must look at or change.</summary>
    public string Text { get; }

    /// <summary>The indicator the opinion is about; null for the table as a whole.</summary>
    public IndicatorKey? Indicator { get; }
}

/// <summary>
/// 指标标识 — names an indicator across versions: its fund and its 一级/二级/三级指标 names, as written, and — where the
/// opinion was given on a stored row — the row's stable <see cref="Id"/>, which is what ties the opinion to the row
/// after a rename (the names stay for reading and for opinions kept before ids were).
/// </summary>
public sealed record IndicatorKey
{
    public IndicatorKey(string fund, string level1, string level2, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fund);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Fund = fund.Trim();
        Level1 = level1?.Trim() ?? "";
        Level2 = level2?.Trim() ?? "";
        Name = name.Trim();
    }

    public string Fund { get; }

    /// <summary>The indicator's stable id (the row the opinion was given on), when known.</summary>
    public int? Id { get; init; }

    /// <summary>一级指标.</summary>
    public string Level1 { get; }

    /// <summary>二级指标.</summary>
    public string Level2 { get; }

    /// <summary>三级指标.</summary>
    public string Name { get; }

    public static IndicatorKey Of(Fund fund, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(indicator);
        return new(fund.Name, indicator.Level1, indicator.Level2, indicator.Name);
    }

    public override string ToString() => $"{Fund} / {Level1} / {Level2} / {Name}";
}
