using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// One indicator's result as reported: the actual value (null when the cell was left empty), the
/// 偏差原因分析及改进措施, and the score a person entered in the 自评表, if any. Jixiao never overwrites
/// <see cref="EnteredScore"/>; it recomputes beside it.
/// </summary>
public sealed record ActualEntry(ActualValue? Value, string Reason, decimal? EnteredScore, SourceRef? Source)
{
    public bool HasReason => !string.IsNullOrWhiteSpace(Reason);
}

/// <summary>
/// 项目资金 of a 自评表 in 元: 年初预算数, 全年预算数 and 全年执行数, or a 预算执行率 stated directly
/// (as a fraction, 0.95 for 95%) when the amounts are not given.
/// </summary>
public sealed record BudgetFigures(decimal? Initial, decimal? Annual, decimal? Executed, decimal? StatedRate,
    string Reason, decimal? EnteredScore, SourceRef? Source)
{
    public bool HasReason => !string.IsNullOrWhiteSpace(Reason);
}

/// <summary>The actuals of one fund, aligned with <see cref="Fund.Indicators"/> (null where none was given).</summary>
public sealed record FundActuals(IReadOnlyList<ActualEntry?> Indicators, BudgetFigures? Budget)
{
    public static FundActuals None(int indicators) => new(new ActualEntry?[indicators], null);
}

/// <summary>实际完成情况 — the actuals of a department, aligned with <see cref="GoalSet.Funds"/>.</summary>
public sealed record ActualSet(IReadOnlyList<FundActuals> Funds)
{
    /// <summary>No actuals at all for <paramref name="goals"/>.</summary>
    public static ActualSet Empty(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        return new([.. goals.Funds.Select(f => FundActuals.None(f.Indicators.Length))]);
    }
}
