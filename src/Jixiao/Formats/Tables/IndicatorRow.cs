using Jixiao.Goals;

namespace Jixiao.Formats.Tables;

/// <summary>One row of an indicator table as read, before rows are merged into indicators.</summary>
public sealed record IndicatorRow(SourceRef Source, IReadOnlyDictionary<IndicatorColumn, string> Cells)
{
    public string this[IndicatorColumn column] => Cells.TryGetValue(column, out var value) ? value.Trim() : "";

    public bool Has(IndicatorColumn column) => Cells.ContainsKey(column);
}
