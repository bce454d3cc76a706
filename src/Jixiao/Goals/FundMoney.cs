namespace Jixiao.Goals;

/// <summary>
/// 项目资金 — the money of a fund in 元 (yuan): 年度资金总额 (<see cref="Total"/>), of which
/// 财政拨款 (<see cref="Fiscal"/>) and 其他资金 (<see cref="Other"/>). Each is null when not stated.
/// Amounts are never negative.
/// </summary>
public sealed record FundMoney
{
    public FundMoney(decimal? total, decimal? fiscal = null, decimal? other = null)
    {
        Total = NonNegative(total, nameof(total));
        Fiscal = NonNegative(fiscal, nameof(fiscal));
        Other = NonNegative(other, nameof(other));
    }

    public decimal? Total { get; }

    public decimal? Fiscal { get; }

    public decimal? Other { get; }

    private static decimal? NonNegative(decimal? amount, string name) =>
        amount is < 0 ? throw new ArgumentOutOfRangeException(name, amount, "An amount of money is not negative.") : amount;
}
