using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Formats.Office;

/// <summary>
/// 项目支出绩效自评表 as a document states it: per fund, the actuals, scores and deviation reasons of its
/// indicators, the budget execution row, the total and the grade. This is the seam between documents and
/// the evaluation feature: imported 自评表 come in as this, and the 自评表 export writes it (an evaluation
/// computed by Jixiao is turned into one before export). Scores are kept as written, never recomputed here.
/// </summary>
public sealed record SelfEvaluationSheet(ImmutableArray<FundSelfEvaluation> Funds)
{
    public ImmutableArray<FundSelfEvaluation> Funds { get; init; } = Funds.IsDefault ? [] : Funds;

    /// <summary>The sheet of a fund by name, if the document has one.</summary>
    public FundSelfEvaluation? For(string fundName) => Funds.FirstOrDefault(f => f.FundName == fundName);
}

/// <summary>One fund's self-evaluation: indicator results in the order of the fund's indicators.</summary>
public sealed record FundSelfEvaluation(string FundName, ImmutableArray<IndicatorResult> Indicators)
{
    public ImmutableArray<IndicatorResult> Indicators { get; init; } = Indicators.IsDefault ? [] : Indicators;

    /// <summary>预算执行: the money row (年度资金总额), when the sheet has one.</summary>
    public BudgetExecution? Budget { get; init; }

    /// <summary>总分.</summary>
    public decimal? TotalScore { get; init; }

    /// <summary>评价等级 (优/良/中/差) as written beside the total.</summary>
    public string? Grade { get; init; }

    /// <summary>The result of the fund's indicator at an index (0-based), if the sheet states one.</summary>
    public IndicatorResult? ResultOf(int indicatorIndex) => Indicators.FirstOrDefault(r => r.IndicatorIndex == indicatorIndex);

    /// <summary>分值 of an indicator as the 自评表 shows it: the evaluation's, else the table's own.</summary>
    public decimal? PointsOf(int indicatorIndex, Indicator indicator) => ResultOf(indicatorIndex)?.Points ?? indicator.Weight?.Points;
}

/// <summary>
/// 实际完成值 / 得分 / 偏差原因分析及改进措施 of one indicator (<see cref="IndicatorIndex"/>: 0-based in its
/// fund), and the cell it was read from.
/// </summary>
public sealed record IndicatorResult(int IndicatorIndex, string Actual, decimal? Score, string Deviation)
{
    public SourceRef? Where { get; init; }

    /// <summary>分值 the evaluation gave the indicator (the policy's share when the table has none); null when not known.</summary>
    public decimal? Points { get; init; }
}

/// <summary>
/// 项目资金 execution in 元: 年初预算数 (<see cref="Planned"/>), 全年预算数 (<see cref="Adjusted"/>),
/// 全年执行数 (<see cref="Executed"/>), the row's 分值 and 得分.
/// </summary>
public sealed record BudgetExecution(decimal? Planned, decimal? Adjusted, decimal? Executed, decimal? Points, decimal? Score)
{
    /// <summary>执行率 = 全年执行数 / 全年预算数, when both are known and the budget is not zero.</summary>
    public decimal? ExecutionRate => Adjusted is > 0 && Executed is { } executed ? executed / Adjusted.Value : null;
}
