using Jixiao.Formats.Layout;
using Jixiao.Formats.Tables;

namespace Jixiao.Formats.Office;

/// <summary>
/// 多表叠放 — several forms (projects) stacked in one sheet or one table: after a form's indicator rows, a new title row
/// (…绩效目标表) or a new 项目名称 row starts the next form. Each form is read as a table of its own, its rows still
/// counted in the sheet, so that the second form's heading rows are never read as indicators of the first.
/// </summary>
internal static class StackedForms
{
    public static List<TableBlock> Split(TableBlock table)
    {
        var parts = new List<TableBlock>();
        var start = 0;
        var header = false;
        var rowsAfterHeader = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var texts = table.Texts(r);
            if (header && rowsAfterHeader > 0 && StartsForm(table.Rows[r]))
            {
                parts.Add(Slice(table, start, r));
                (start, header, rowsAfterHeader) = (r, false, 0);
            }
            if (IndicatorColumns.Map(texts) is not null)
            {
                (header, rowsAfterHeader) = (true, 0);
            }
            else if (header && texts.Any(t => t.Length > 0))
            {
                rowsAfterHeader++;
            }
        }
        if (parts.Count == 0)
        {
            return [table];
        }
        parts.Add(Slice(table, start, table.Rows.Count));
        return parts;
    }

    /// <summary>A title row (one text across the row that names a form) or a 项目名称 label with its value.</summary>
    private static bool StartsForm(GridCell[] row)
    {
        var cells = row.Where(c => c.Merge == CellMerge.None && c.Text.Trim().Length > 0).Select(c => c.Text.Trim()).ToList();
        if (cells.Count == 1 && FormTitle.Read(cells[0]) is not null)
        {
            return true;
        }
        return cells.Count >= 2 && FormLabels.FundName.Contains(FormColumns.Compact(cells[0]).TrimEnd(':')) && IndicatorColumns.Map(cells) is null;
    }

    private static TableBlock Slice(TableBlock table, int start, int end) => table with
    {
        Rows = [.. table.Rows.Skip(start).Take(end - start)],
        RowOffset = table.RowOffset + start,
        Lines = table.Lines.IsDefaultOrEmpty ? [] : [.. table.Lines.Skip(start).Take(end - start)],
        SourceRows = table.SourceRows.IsDefaultOrEmpty ? [] : [.. table.SourceRows.Skip(start).Take(end - start)],
    };
}
