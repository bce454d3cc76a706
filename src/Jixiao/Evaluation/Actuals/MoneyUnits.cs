namespace Jixiao.Evaluation.Actuals;

/// <summary>金额单位 — the money units actuals and budget figures are written in.</summary>
public static class MoneyUnits
{
    /// <summary>Yuan per unit for plain money units (元, 千元, 万元, 亿元); null for anything else.</summary>
    public static decimal? Factor(string? unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };
}
