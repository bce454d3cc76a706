using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Formats.Office;

/// <summary>
/// The label/value cells above an indicator header (or of a table that has none): 项目名称, 主管部门,
/// 年度目标, 项目资金 lines, the 自评表 budget row, and the overall sheet's sections.
/// </summary>
internal sealed partial class TablePreamble
{
    public string? FundName { get; private set; }
    public string? Department { get; private set; }
    public int? Year { get; private set; }
    public List<string>? Goals { get; private set; }
    public List<(string Label, string Value, SourceRef Where)> Money { get; } = [];
    public List<(string Section, string Item)> OverallItems { get; } = [];
    public BudgetExecution? Budget { get; private set; }

    /// <summary>单位代码, 区划代码, 项目代码, 项目类别, 项目期 and 中期目标 cells, each with the place of its value.</summary>
    public List<(Tables.IdentityField Field, string Value, SourceRef Where)> Identity { get; } = [];

    /// <summary>The form its title names, when the table has a title row.</summary>
    public Layout.FormKind? Kind { get; private set; }

    /// <summary>Whether a label names the department of the form (部门（单位）名称): a 部门整体 form.</summary>
    public bool NamesDepartment { get; private set; }

    private int _goalsLabelCells;

    public bool IsEmpty => FundName is null && Department is null && Year is null && Goals is null && Money.Count == 0 && OverallItems.Count == 0 && Budget is null
        && Identity.Count == 0;

    /// <summary>The year line under a form's title: （2020年度）.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[（(]?\s*(\d{4})\s*年度?\s*[)）]?$")]
    private static partial System.Text.RegularExpressions.Regex YearOnly();

    private static readonly HashSet<string> Sections = ["总体绩效目标", "分项绩效目标", "工作保障措施"];

    public static TablePreamble Read(TableBlock table, int end)
    {
        var preamble = new TablePreamble();
        string? unit = null;
        int? goalsColumn = null;
        Dictionary<string, int>? budgetColumns = null;
        for (var r = 0; r < end; r++)
        {
            var row = table.Rows[r];
            var cells = Distinct(row);
            unit = cells.Select(c => FormColumns.MoneyUnit(c.Text)).FirstOrDefault(u => u is not null) ?? unit;
            if (goalsColumn is { } column && column < row.Length)
            {
                // A copy writes the label spanning both rows (年度总体目标) only in its first: the values move left.
                var shift = !table.Lines.IsDefaultOrEmpty && cells.Count > 0 && cells.Count < preamble._goalsLabelCells ? preamble._goalsLabelCells - cells.Count : 0;
                preamble.Goals = SplitItems(row[Math.Max(0, column - shift)].Text);
                goalsColumn = null;
                continue;
            }
            if (cells.Any(c => FormColumns.Compact(c.Text) is "全年执行数" or "预算执行数"))
            {
                budgetColumns = cells.Where(c => FormLabels.BudgetColumns.Contains(FormColumns.Compact(c.Text)))
                    .GroupBy(c => FormColumns.Compact(c.Text)).ToDictionary(g => g.Key, g => g.First().Column);
                continue;
            }
            if (cells.Count == 1 && Layout.FormTitle.Read(cells[0].Text) is { } title)
            {
                (preamble.Year, preamble.Department, preamble.Kind) = (preamble.Year ?? title.Year, preamble.Department ?? title.Department, title.Kind);
                continue;
            }
            if (cells.Count == 1 && YearOnly().Match(cells[0].Text.Trim()) is { Success: true } year)
            {
                preamble.Year = Numerals.Int(year.Groups[1].Value);
                continue;
            }
            preamble.ReadRow(table, r, cells, unit, budgetColumns, ref goalsColumn);
        }
        return preamble;
    }

    private void ReadRow(TableBlock table, int r, List<(int Column, string Text)> cells, string? unit, Dictionary<string, int>? budgetColumns, ref int? goalsColumn)
    {
        if (cells.Count > 0 && Sections.Contains(FormColumns.Compact(table.Rows[r][0].Text)))
        {
            var item = cells[^1];
            if (item.Column > 0 && item.Text.Trim().Length > 0)
            {
                OverallItems.Add((FormColumns.Compact(table.Rows[r][0].Text), item.Text.Trim()));
            }
            return;
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var label = FormColumns.Compact(cells[i].Text);
            var value = i + 1 < cells.Count ? cells[i + 1].Text.Trim() : "";
            var where = table.Where(r, i + 1 < cells.Count ? cells[i + 1].Column : null);
            if (FormLabels.MoneyLabel(label) is { } moneyLabel)
            {
                if (budgetColumns is not null)
                {
                    ReadBudget(table.Rows[r], cells[i].Column, moneyLabel, unit, budgetColumns, where);
                    return;
                }
                if (value.Length > 0)
                {
                    Money.Add((unit is null ? moneyLabel : $"{moneyLabel}（{unit}）", value, where));
                }
                i++;
                continue;
            }
            var stripped = FormColumns.StripUnit(label);
            if (FormLabels.Goals.Contains(label) || FormLabels.Goals.Contains(stripped))
            {
                if (FormColumns.Compact(value) == "预期目标" && i + 1 < cells.Count)
                {
                    goalsColumn = cells[i + 1].Column;
                    _goalsLabelCells = cells.Count;
                    return;
                }
                Goals = SplitItems(value);
                i++;
            }
            else if (FormLabels.FundName.Contains(label) && value.Length > 0) { FundName = value; i++; }
            else if (Tables.IdentityLabels.Of(label) is { } field)
            {
                Identity.Add((field, value, where));
                i++;
            }
            else if (FormLabels.Department.Contains(label) && value.Length > 0)
            {
                Department = value;
                NamesDepartment |= FormLabels.WholeDepartment.Contains(label);
                i++;
            }
            else if (FormLabels.Year.Contains(label) && int.TryParse(value.TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) { Year = year; i++; }
        }
    }

    private void ReadBudget(GridCell[] row, int labelColumn, string moneyLabel, string? unit, Dictionary<string, int> columns, SourceRef where)
    {
        // The money labels stand just left of the first budget column; a copy that left out the 项目资金 cell spanning
        // the rows moves the label and its values left together.
        var shift = columns.Count == 0 ? 0 : Math.Min(0, labelColumn - (columns.Values.Min() - 1));
        decimal? Cell(params string[] names)
        {
            foreach (var name in names)
            {
                if (columns.TryGetValue(name, out var at) && at + shift is var c && c >= 0 && c < row.Length
                    && decimal.TryParse(row[c].Text.Trim().TrimEnd('分'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
                {
                    return v;
                }
            }
            return null;
        }
        decimal? Yuan(decimal? amount) => unit == "万元" ? amount * 10000m / 1.0000000000000000000000000000m : amount;
        var planned = Yuan(Cell("年初预算数", "年初预算"));
        if (planned is { } amount)
        {
            Money.Add((moneyLabel + "（元）", amount.ToString(CultureInfo.InvariantCulture), where));
        }
        if (moneyLabel == "年度资金总额")
        {
            Budget = new BudgetExecution(planned, Yuan(Cell("全年预算数", "调整后预算数")), Yuan(Cell("全年执行数", "预算执行数")), Cell("分值", "权重"), Cell("得分"));
        }
    }

    /// <summary>The cells of a row that are not covered by a merge, with their grid column.</summary>
    private static List<(int Column, string Text)> Distinct(GridCell[] row)
    {
        var cells = new List<(int, string)>(row.Length);
        for (var c = 0; c < row.Length; c++)
        {
            if (row[c].Merge == CellMerge.None && row[c].Text.Length > 0)
            {
                cells.Add((c, row[c].Text));
            }
        }
        return cells;
    }

    /// <summary>Goal statements: one per line, list numbering removed.</summary>
    public static List<string> SplitItems(string text) =>
        [.. text.Split('\n').Select(ListNumbering.Strip).Where(item => item.Length > 0)];
}
