using Jixiao.Diagnostics;
using Jixiao.Formats.Tables;
using Jixiao.Goals;
using Jixiao.Goals.Categories;

namespace Jixiao.Formats.Office;

/// <summary>
/// Reads the indicator rows under a header found by its text: one fund's table, or a flat table of
/// several projects (a 项目名称 column) split into one fund per project. Every row remembers its table,
/// row and 指标值 column so that findings point to the cell.
/// </summary>
internal sealed class IndicatorTableReader(TableBlock table, int headerRow, IReadOnlyDictionary<IndicatorColumn, int> columns, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<FormColumn, int> _form = FormColumns.Map(table.Texts(headerRow));

    public bool IsFlat => _form.ContainsKey(FormColumn.Project);

    /// <summary>Whether the table is a 自评表 (it has 实际完成值 or 得分 columns).</summary>
    public bool HasResults => _form.ContainsKey(FormColumn.Actual) || _form.ContainsKey(FormColumn.Score);

    /// <summary>Reads the rows into <paramref name="fund"/>, or, for a flat table, into one new fund per project.</summary>
    public void Read(FundDraft? fund, List<FundDraft> funds, Func<string, SourceRef, FundDraft> newFund, bool endsDocument = false)
    {
        if (fund is not null)
        {
            fund.HasHeader = true;
        }
        var budgetUnit = _form.TryGetValue(FormColumn.Budget, out var b) ? FormColumns.MoneyUnit(table.Rows[headerRow][b].Text) : null;
        var targetColumn = columns[IndicatorColumn.Target];
        FundDraft? last = null;
        for (var r = headerRow + 1; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (IsTerminal(row))
            {
                ReadTotal(row, fund);
                continue;
            }
            if (row.All(c => c.Text.Length == 0))
            {
                continue;
            }
            var where = table.Where(r, targetColumn);
            if (IsFlat)
            {
                var project = Text(row, FormColumn.Project).Trim();
                if (project.Length == 0 && fund is not null)
                {
                    // A project's cells merged over its rows, or left blank below its first row (as a copy writes them).
                    project = fund.Name;
                }
                if (project.Length == 0)
                {
                    diagnostics.Add(Diagnostic.Warning(ReadingGaps.RowUnnamed, where, "Office.RowWithoutProject", where));
                    continue;
                }
                if (fund is null || fund.Name != project)
                {
                    fund = funds.FirstOrDefault(f => f.Name == project) ?? newFund(project, where);
                    StartProject(fund, row, budgetUnit, where);
                }
            }
            if (fund is null)
            {
                fund = newFund(table.Name ?? $"表{table.Number}", where);
            }
            fund.HasHeader = true;
            AddRow(fund, row, r, where);
            last = fund;
        }
        if (last is not null)
        {
            DropCutRow(last, endsDocument);
        }
    }

    /// <summary>
    /// A form cut off mid-table (a page saved while loading, a copy that stopped short) ends in a row that is not whole: a
    /// row naming only a 一级/二级, or, at the end of the document, a row whose 指标值 and every cell after it are empty.
    /// The complete rows before it are kept; that row is reported as where the table was cut.
    /// </summary>
    private void DropCutRow(FundDraft fund, bool endsDocument)
    {
        var row = fund.Rows[^1];
        var target = columns[IndicatorColumn.Target];
        var rest = columns.Where(c => c.Value > target).Select(c => c.Key).Append(IndicatorColumn.Target);
        var results = fund.Extras.TryGetValue(row.Source, out var extras) ? extras.Actual.Length + extras.Score.Length : 0;
        var cut = row.IsCategoryOnly || (endsDocument && row[IndicatorColumn.Name].Length > 0 && rest.All(c => row[c].Length == 0) && results == 0);
        if (cut)
        {
            fund.Rows.RemoveAt(fund.Rows.Count - 1);
            fund.Extras.Remove(row.Source);
            diagnostics.Add(Diagnostic.Warning(ReadingGaps.RowCutOff, row.Source, "Import.TableCutOff", row.Source, fund.Name, row.Summary) with { Fund = fund.Name });
        }
    }

    private void StartProject(FundDraft fund, GridCell[] row, string? budgetUnit, SourceRef where)
    {
        if (fund.Goals is null && Text(row, FormColumn.ProjectGoals) is { Length: > 0 } goals)
        {
            fund.Goals = TablePreamble.SplitItems(goals);
        }
        if (Text(row, FormColumn.Budget).Trim() is { Length: > 0 } budget && fund.Money.Money is null)
        {
            var label = budgetUnit is null ? "年度资金总额" : $"年度资金总额（{budgetUnit}）";
            var index = 0;
            fund.Money.TryReadCell(label, budget, where.Row ?? 0, ref index, diagnostics);
        }
    }

    private void AddRow(FundDraft fund, GridCell[] row, int r, SourceRef where)
    {
        var cells = IndicatorRow.NewCells();
        foreach (var (column, index) in columns)
        {
            cells[(int)column] = row[index].Text;
        }
        if (cells[(int)IndicatorColumn.Level1] is { Length: > 0 } level1 && CategoryLabel.Split(level1) is (var label, { } points))
        {
            cells[(int)IndicatorColumn.Level1] = label;
            fund.CategoryPoints.TryAdd(label, (points, where));
        }
        fund.Rows.Add(new IndicatorRow(where, cells)
        {
            CodeSource = columns.TryGetValue(IndicatorColumn.Code, out var codeColumn) ? table.Where(r, codeColumn) : null,
        });
        var extras = new FundDraft.RowExtras(
            _form.ContainsKey(FormColumn.RowId) ? Text(row, FormColumn.RowId).Trim() is { Length: > 0 } id ? id : null : null,
            Text(row, FormColumn.Actual).Trim(), Text(row, FormColumn.Score).Trim(), Text(row, FormColumn.Deviation).Trim());
        fund.Extras[where] = extras;
    }

    private string Text(GridCell[] row, FormColumn column) =>
        _form.TryGetValue(column, out var index) && index < row.Length ? row[index].Text : "";

    /// <summary>A footer row: a terminal label stands in a cell left of (or in) the 三级指标 column.</summary>
    private bool IsTerminal(GridCell[] row)
    {
        var nameColumn = columns[IndicatorColumn.Name];
        for (var c = 0; c <= nameColumn && c < row.Length; c++)
        {
            if (row[c].Merge != CellMerge.Above && FormLabels.Terminal.Contains(FormColumns.Compact(row[c].Text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>总分 and the grade: the first two cells after the 总分 label.</summary>
    private static void ReadTotal(GridCell[] row, FundDraft? fund)
    {
        if (fund is null)
        {
            return;
        }
        var values = row.Where(c => c.Merge == CellMerge.None).Select(c => c.Text.Trim()).ToList();
        var at = values.FindIndex(t => FormColumns.Compact(t) == "总分");
        if (at < 0)
        {
            return;
        }
        var rest = values.Skip(at + 1).Where(t => t.Length > 0).ToList();
        if (rest.Count > 0 && decimal.TryParse(rest[0].TrimEnd('分'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var total))
        {
            fund.TotalScore = total;
            fund.Grade = rest.Count > 1 ? rest[1] : null;
        }
    }
}
