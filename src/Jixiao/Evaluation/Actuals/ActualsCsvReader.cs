using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// Reads an actuals CSV. Columns are found by header, English or Chinese, in any order:
/// fund/专项资金 (its name or 项目代码), indicator/三级指标, code/指标代码 or position/序号 (its row in the fund's table,
/// from 1; for indicators whose names repeat), actual/实际完成值 (required), reason/偏差原因, score/得分 (optional).
/// The money of a fund is given on rows whose indicator is 全年预算数, 全年执行数, 年初预算数 or
/// 预算执行率 (docs/evaluation.md).
/// </summary>
public static class ActualsCsvReader
{
    private enum Column { Fund, Indicator, Position, Code, Actual, Reason, Score }

    private static readonly (Column Column, string[] Names)[] Headers =
    [
        (Column.Fund, ["fund", "专项资金", "项目名称", "项目", "资金名称", "专项资金名称"]),
        (Column.Indicator, ["indicator", "三级指标", "指标名称", "三级指标名称", "绩效指标"]),
        (Column.Position, ["position", "序号", "行号", "指标序号"]),
        (Column.Code, ["code", "指标代码", "指标编码", "绩效指标代码"]),
        (Column.Actual, ["actual", "实际完成值", "完成值", "实际值", "全年实际完成值"]),
        (Column.Reason, ["reason", "偏差原因", "偏差原因分析及改进措施", "未完成原因分析", "原因", "偏差原因分析"]),
        (Column.Score, ["score", "得分", "自评得分"]),
    ];

    public static (List<ActualRow>? Rows, List<Diagnostic> Diagnostics) Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var records = CsvRows.Split(text);
        if (records.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("file-empty", null, "File.Empty", fileName));
            return (null, diagnostics);
        }
        var (headerLine, header) = records[0];
        var map = MapHeader(header);
        if (!map.ContainsKey(Column.Fund) || !(map.ContainsKey(Column.Indicator) || map.ContainsKey(Column.Position) || map.ContainsKey(Column.Code)) || !map.ContainsKey(Column.Actual))
        {
            diagnostics.Add(Diagnostic.Error("actuals-header", SourceRef.AtLine(headerLine), "Actuals.Header", fileName, string.Join(",", header)));
            return (null, diagnostics);
        }
        var rows = new List<ActualRow>(records.Count);
        foreach (var (line, cells) in records.Skip(1))
        {
            string Cell(Column column) => map.TryGetValue(column, out var i) && i < cells.Count ? cells[i].Trim() : "";
            rows.Add(new ActualRow(Cell(Column.Fund), Cell(Column.Indicator), Cell(Column.Actual), Cell(Column.Reason), Cell(Column.Score),
                SourceRef.AtLine(line)) { Position = Cell(Column.Position), Code = Cell(Column.Code) });
        }
        return (rows, diagnostics);
    }

    private static Dictionary<Column, int> MapHeader(List<string> header)
    {
        var map = new Dictionary<Column, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().Trim('\uFEFF');
            foreach (var (column, names) in Headers)
            {
                if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    map.TryAdd(column, i);
                }
            }
        }
        return map;
    }
}
