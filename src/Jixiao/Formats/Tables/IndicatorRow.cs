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

    /// <summary>Where the 指标代码 cell was read, when a reader knows it apart from <see cref="Source"/> (the 指标值 cell).</summary>
    public SourceRef? CodeSource { get; init; }

    /// <summary>The trimmed text of a column; empty when the cell is empty or the table has no such column.</summary>
    public string this[IndicatorColumn column] => _cells[(int)column]?.Trim() ?? "";

    /// <summary>The cell as read, untrimmed; null when the table has no such column.</summary>
    internal string? Raw(IndicatorColumn column) => _cells[(int)column];

    public bool Has(IndicatorColumn column) => _cells[(int)column] is not null;

    public bool IsBlank => _cells.All(string.IsNullOrWhiteSpace);

    /// <summary>Whether the row only names a 一级 and/or 二级 指标, as a category row over the rows below it does.</summary>
    public bool IsCategoryOnly
    {
        get
        {
            var named = false;
            for (var c = 0; c < _cells.Length; c++)
            {
                var empty = string.IsNullOrWhiteSpace(_cells[c]);
                if ((IndicatorColumn)c is IndicatorColumn.Level1 or IndicatorColumn.Level2)
                {
                    named |= !empty;
                }
                else if (!empty)
                {
                    return false;
                }
            }
            return named;
        }
    }

    /// <summary>The row's non-empty cells joined, to show in a message about a row that could not be read.</summary>
    public string Summary => string.Join(" | ", _cells.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim().ReplaceLineEndings(" ")));
}
