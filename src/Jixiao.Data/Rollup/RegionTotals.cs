namespace Jixiao.Data.Rollup;

/// <summary>
/// 汇总: the sums over the department-years of a region (and its sub-regions) in one year — counts, 项目资金 in 分,
/// findings, self-evaluation totals in hundredths, budget execution in 分. Sums add: a region's totals are its
/// sub-regions' totals added up.
/// </summary>
public sealed record RegionTotals(
    int Departments, int Funds, int Indicators, long MoneyTotalFen, long MoneyFiscalFen, int Errors, int Warnings,
    int Evaluated, int Scored, long ScoreSum, long BudgetAnnualFen, long BudgetExecutedFen, int Stale)
{
    public static RegionTotals None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public RegionTotals Add(RegionTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Departments + other.Departments, Funds + other.Funds, Indicators + other.Indicators,
            MoneyTotalFen + other.MoneyTotalFen, MoneyFiscalFen + other.MoneyFiscalFen, Errors + other.Errors, Warnings + other.Warnings,
            Evaluated + other.Evaluated, Scored + other.Scored, ScoreSum + other.ScoreSum,
            BudgetAnnualFen + other.BudgetAnnualFen, BudgetExecutedFen + other.BudgetExecutedFen, Stale + other.Stale);
    }

    /// <summary>The mean 自评总分 in points, to two decimals; null when no department has one.</summary>
    public decimal? AverageScore => Scored == 0 ? null : Math.Round(ScoreSum / 100m / Scored, 2, MidpointRounding.AwayFromZero);

    /// <summary>预算执行率 in percent (执行数 / 全年预算数), to one decimal; null without a budget.</summary>
    public decimal? ExecutionRate => BudgetAnnualFen == 0 ? null : Math.Round(BudgetExecutedFen * 100m / BudgetAnnualFen, 1, MidpointRounding.AwayFromZero);
}
