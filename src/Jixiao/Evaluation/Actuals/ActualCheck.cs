using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// Reads one actual cell against its indicator: a number where the target is a number or a ladder, a
/// tier where it is qualitative or a deadline, and a unit that agrees with the target's (money is
/// converted between 元 and 万元; anything else that differs is an error, not a conversion).
/// </summary>
internal static class ActualCheck
{
    public static ActualValue? Read(ActualRow row, Indicator indicator, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(row.Actual))
        {
            return null;
        }
        if (!ActualValueReader.TryRead(row.Actual, out var value))
        {
            diagnostics.Add(ActualsBinder.Error("actual-unreadable", row, "Actuals.Unreadable", row.Source.Line, row.Actual, indicator.Name));
            return null;
        }
        var needs = Needs(indicator);
        if (value.Kind == ActualKind.Tier && needs == ActualKind.Number)
        {
            diagnostics.Add(ActualsBinder.Error("actual-unreadable", row, "Actuals.NeedsNumber", row.Source.Line, row.Actual, indicator.Name, indicator.Target.Text));
            return null;
        }
        if (value.Kind == ActualKind.Number && needs == ActualKind.Tier)
        {
            diagnostics.Add(ActualsBinder.Error("actual-unreadable", row, "Actuals.NeedsTier", row.Source.Line, row.Actual, indicator.Name, indicator.Target.Text));
            return null;
        }
        if (value.Kind != ActualKind.Number || value.Unit is null || TargetUnit(indicator.Target) is not { } unit || unit == value.Unit)
        {
            return value;
        }
        if (MoneyUnits.Factor(value.Unit) is { } from && MoneyUnits.Factor(unit) is { } to)
        {
            return value.WithNumber(value.Number * from / to, unit);
        }
        diagnostics.Add(ActualsBinder.Error("actual-unit-mismatch", row, "Actuals.UnitMismatch", row.Source.Line, row.Actual, indicator.Name, unit));
        return null;
    }

    /// <summary>What kind of actual an indicator needs; <see cref="ActualKind.NotApplicable"/> when any will do.</summary>
    public static ActualKind Needs(Indicator indicator) => indicator.Target switch
    {
        _ when indicator.Direction == Direction.Qualitative => ActualKind.Tier,
        QuantitativeTarget or RangeTarget or LadderTarget => ActualKind.Number,
        QualitativeTarget or DeadlineTarget => ActualKind.Tier,
        _ => ActualKind.NotApplicable,
    };

    /// <summary>The unit of a target's numbers, when it states one.</summary>
    public static string? TargetUnit(Target target) => target switch
    {
        QuantitativeTarget quantity => quantity.Unit,
        RangeTarget range => range.Unit,
        LadderTarget ladder => ladder.Ladder.Steps.Select(s => s.Unit).FirstOrDefault(u => u is not null),
        _ => null,
    };
}
