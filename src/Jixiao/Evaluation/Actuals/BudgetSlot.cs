using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// Collects a fund's money rows. Amounts need a unit (元 or 万元, in the value or the row name): Jixiao
/// never assumes one. A rate without % is read as a percentage, the unit of the 执行率 column.
/// </summary>
internal sealed class BudgetSlot
{
    private readonly decimal?[] _values = new decimal?[4];
    private readonly SourceRef?[] _sources = new SourceRef?[4];
    private string _reason = "";
    private decimal? _score;
    private SourceRef? _first;

    public void Accept(ActualRow row, BudgetItem item, string? nameUnit, List<Diagnostic> diagnostics)
    {
        var slot = (int)item;
        if (_sources[slot] is { } earlier)
        {
            diagnostics.Add(ActualsBinder.Error("actuals-duplicate", row, "Actuals.Duplicate", row.Source.Line, row.Indicator, earlier.Line));
            return;
        }
        _sources[slot] = row.Source;
        _first ??= row.Source;
        if (row.Reason.Length > 0 && _reason.Length == 0) _reason = row.Reason;
        if (ScoreCell.Read(row, diagnostics) is { } score) _score ??= score;
        if (!ActualValueReader.TryRead(row.Actual, out var value) || value.Kind != ActualKind.Number || value.Number < 0)
        {
            diagnostics.Add(ActualsBinder.Error("money-unreadable", row, "Actuals.MoneyUnreadable", row.Source.Line, item.ChineseName(), row.Actual));
            return;
        }
        var unit = value.Unit ?? nameUnit;
        if (item == BudgetItem.Rate)
        {
            _values[slot] = unit is null or Units.Percent ? value.Number / 100m : null;
            if (_values[slot] is null)
            {
                diagnostics.Add(ActualsBinder.Error("money-unreadable", row, "Actuals.MoneyUnreadable", row.Source.Line, item.ChineseName(), row.Actual));
            }
            return;
        }
        if (MoneyUnits.Factor(unit) is not { } factor)
        {
            diagnostics.Add(ActualsBinder.Error("money-unit-missing", row, "Actuals.MoneyUnitMissing", row.Source.Line, item.ChineseName(), row.Actual));
            return;
        }
        _values[slot] = value.Number * factor;
    }

    public BudgetFigures? Build() => _first is null
        ? null
        : new BudgetFigures(_values[0], _values[1], _values[2], _values[3], _reason, _score, _first);
}
