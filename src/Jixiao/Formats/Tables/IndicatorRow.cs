using Jixiao.Goals;

namespace Jixiao.Formats.Tables;

/// <summary>
/// One row of an indicator table as read, before rows are merged into indicators: the text of each
/// column the table has (null for columns it lacks), and where the row was read.
/// </summary>
public sealed class IndicatorRow
{
    private static readonly int ColumnCount = Enum.GetValues<IndicatorColumn>().Length;

    private readonly string?[] _cells = new string?[ColumnCount];

    public IndicatorRow(SourceRef source, IEnumerable<KeyValuePair<IndicatorColumn, string>> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Source = source;
        foreach (var (column, text) in cells)
        {
            _cells[(int)column] = text;
        }
    }

    /// <summary>A row from cells already placed by column index (see <see cref="IndicatorColumn"/>).</summary>
    internal IndicatorRow(SourceRef source, string?[] cellsByColumn)
    {
        Source = source;
        _cells = cellsByColumn;
    }

    internal static string?[] NewCells() => new string?[ColumnCount];

    public SourceRef Source { get; }

    /// <summary>The trimmed text of a column; empty when the cell is empty or the table has no such column.</summary>
    public string this[IndicatorColumn column] => _cells[(int)column]?.Trim() ?? "";

    /// <summary>The cell as read, untrimmed; null when the table has no such column.</summary>
    internal string? Raw(IndicatorColumn column) => _cells[(int)column];

    public bool Has(IndicatorColumn column) => _cells[(int)column] is not null;

    public bool IsBlank => _cells.All(string.IsNullOrWhiteSpace);
}
