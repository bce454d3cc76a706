using Jixiao.Cycle;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 项目资金执行 — a fund's budget figures at one stage of the cycle, as of a date: 年初预算数, 全年预算数 (调整后预算数),
/// 执行数 and 全年预计执行数, each as written (with its unit) and as an exact amount in 分 that SQL can sum, and the
/// score a person entered for 预算执行率. An amount that is not exact to the 分 or has no unit keeps its text only.
/// </summary>
public sealed class StoredFundBudget
{
    private StoredFundBudget(int fundId, MeasurementStage stage, DateOnly asOf)
    {
        FundId = fundId;
        Stage = stage;
        AsOf = asOf;
    }

    public int Id { get; private set; }

    public int FundId { get; private set; }

    public MeasurementStage Stage { get; private set; }

    public DateOnly AsOf { get; private set; }

    /// <summary>年初预算数 as written (<c>100万元</c>).</summary>
    public string? Initial { get; private set; }

    /// <summary>年初预算数 in 分.</summary>
    public long? InitialFen { get; private set; }

    /// <summary>全年预算数 / 调整后预算数 as written.</summary>
    public string? Annual { get; private set; }

    public long? AnnualFen { get; private set; }

    /// <summary>执行数 (全年执行数 at year end, to date while monitoring) as written.</summary>
    public string? Executed { get; private set; }

    public long? ExecutedFen { get; private set; }

    /// <summary>全年预计执行数 (monitoring) as written.</summary>
    public string? Forecast { get; private set; }

    public long? ForecastFen { get; private set; }

    /// <summary>偏差原因 of the budget execution.</summary>
    public string? Reason { get; private set; }

    /// <summary>填报得分 of 预算执行率 in hundredths of a point.</summary>
    public int? EnteredScore { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>Unix milliseconds.</summary>
    public long RecordedAt { get; private set; }

    public static StoredFundBudget Start(int fundId, MeasurementStage stage, DateOnly asOf) => new(fundId, stage, asOf);

    /// <summary>Records the figures as entered; blank texts are stored as none.</summary>
    public void Record(string? initial, string? annual, string? executed, string? reason, int? enteredScore, string by, DateTimeOffset at)
    {
        (Initial, InitialFen) = Amount(initial);
        (Annual, AnnualFen) = Amount(annual);
        (Executed, ExecutedFen) = Amount(executed);
        Reason = StoredMeasurement.Blank(reason);
        EnteredScore = enteredScore;
        RecordedBy = by;
        RecordedAt = at.ToUnixTimeMilliseconds();
    }

    public bool IsEmpty => Initial is null && Annual is null && Executed is null && Forecast is null && Reason is null && EnteredScore is null;

    private static (string?, long?) Amount(string? text)
    {
        var written = StoredMeasurement.Blank(text);
        return (written, MeasuredValue.Fen(written));
    }
}
