using Jixiao.Cycle;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 指标完成情况 — what was measured for one indicator at one stage of the cycle, as of a date: the value as written
/// (实际完成值, or 完成值 to date while monitoring) with its interpretation, the 全年预计完成值, the 完成目标可能性, the
/// 偏差原因 with its category, and the score a person entered (填报得分) beside the one Jixiao computes. Bound to the
/// indicator by id, so two indicators of the same name keep their own values.
/// </summary>
public sealed class StoredMeasurement
{
    private StoredMeasurement(int indicatorId, MeasurementStage stage, DateOnly asOf)
    {
        IndicatorId = indicatorId;
        Stage = stage;
        AsOf = asOf;
    }

    public int Id { get; private set; }

    public int IndicatorId { get; private set; }

    public MeasurementStage Stage { get; private set; }

    /// <summary>The date the value stands for (the year's last day for the self-evaluation, the period's end for monitoring).</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>实际完成值 / 完成值 as written (<c>98%</c>, <c>达成年度指标</c>, <c>不适用</c>).</summary>
    public string? Value { get; private set; }

    /// <summary>How Jixiao read <see cref="Value"/>, as JSON (<see cref="MeasuredValue"/>); null when nothing was written.</summary>
    public string? ValueData { get; private set; }

    /// <summary>全年预计完成值 (monitoring).</summary>
    public string? Forecast { get; private set; }

    /// <summary>完成目标可能性 (monitoring).</summary>
    public Likelihood? Likelihood { get; private set; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public string? DeviationReason { get; private set; }

    /// <summary>偏差原因类别.</summary>
    public DeviationCategory? DeviationCategory { get; private set; }

    /// <summary>填报得分 in hundredths of a point, as the department entered it; never overwritten by Jixiao's score.</summary>
    public int? EnteredScore { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>Unix milliseconds.</summary>
    public long RecordedAt { get; private set; }

    public static StoredMeasurement Start(int indicatorId, MeasurementStage stage, DateOnly asOf) => new(indicatorId, stage, asOf);

    /// <summary>Records what the department reported; blank texts are stored as none.</summary>
    public void Record(string? value, string? reason, int? enteredScore, string by, DateTimeOffset at)
    {
        Value = Blank(value);
        ValueData = MeasuredValue.Interpret(Value);
        DeviationReason = Blank(reason);
        EnteredScore = enteredScore;
        RecordedBy = by;
        RecordedAt = at.ToUnixTimeMilliseconds();
    }

    /// <summary>Whether nothing at all is recorded (such a row is removed rather than kept empty).</summary>
    public bool IsEmpty => Value is null && DeviationReason is null && EnteredScore is null && Forecast is null;

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
