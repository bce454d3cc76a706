using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.DisclosureText;

/// <summary>The cells of one fund's goal table, read line by line and interpreted at the end.</summary>
internal sealed class FundBuilder(string name, SourceRef source)
{
    private static readonly string[] GoalLabels = ["绩效目标", "年度绩效目标", "年度目标", "项目绩效目标", "总体目标", "年度总体目标", "绩效目标(年度目标)"];

    private readonly List<(string Text, int Line)> _cells = [];
    private readonly MoneyReader _money = new();

    public void AddCell(string text, int line) => _cells.Add((text, line));

    public void AppendToLastCell(string text)
    {
        var (previous, line) = _cells[^1];
        _cells[^1] = (previous.Length == 0 ? text : previous + "\n" + text, line);
    }

    public bool TryReadMoney(string text, SourceRef where, List<Diagnostic> diagnostics) => _money.TryRead(text, where, diagnostics);

    /// <summary>
    /// Interprets the cells. Blank lines separate rows in Word's export but also fall inside rows (the
    /// seed has them), so rows are cut by counting cells against the header, not at blank lines.
    /// </summary>
    public Fund Build(List<Diagnostic> diagnostics)
    {
        ImmutableArray<string> goals = [];
        var rows = new List<IndicatorRow>();
        var i = 0;
        IReadOnlyDictionary<IndicatorColumn, int>? columns = null;
        var width = 0;
        while (i < _cells.Count)
        {
            var (text, line) = _cells[i];
            if (columns is null)
            {
                if (GoalLabels.Contains(Compact(text)))
                {
                    var hasGoals = i + 1 < _cells.Count && IndicatorColumns.Recognise(_cells[i + 1].Text) is null;
                    goals = hasGoals ? SplitGoals(_cells[i + 1].Text) : [];
                    i += hasGoals ? 2 : 1;
                    continue;
                }
                if (_money.TryReadCell(_cells, ref i, diagnostics))
                {
                    continue;
                }
                if (IndicatorColumns.Recognise(text) is not null)
                {
                    var end = i;
                    while (end < _cells.Count && IndicatorColumns.Recognise(_cells[end].Text) is not null)
                    {
                        end++;
                    }
                    var headers = _cells[i..end].Select(c => c.Text).ToList();
                    columns = IndicatorColumns.Map(headers);
                    if (columns is null)
                    {
                        diagnostics.Add(Diagnostic.Error("table-header", SourceRef.AtLine(line), "Import.HeaderIncomplete", line, name, string.Join("、", headers)));
                        return new Fund(name, goals, [], _money.Money) { Source = source };
                    }
                    width = end - i;
                    i = end;
                    continue;
                }
                diagnostics.Add(Diagnostic.Warning("line-ignored", SourceRef.AtLine(line), "Import.CellIgnored", line, text));
                i++;
                continue;
            }
            if (i + width > _cells.Count)
            {
                diagnostics.Add(Diagnostic.Error("row-incomplete", SourceRef.AtLine(line), "Import.RowIncomplete", line, name, width, _cells.Count - i)
                    with { Fund = name });
                break;
            }
            var cells = new Dictionary<IndicatorColumn, string>();
            foreach (var (column, index) in columns)
            {
                cells[column] = _cells[i + index].Text;
            }
            rows.Add(new IndicatorRow(SourceRef.AtLine(line), cells));
            i += width;
        }
        if (columns is null && _cells.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error("table-header", source, "Import.NoHeader", source.Line, name) with { Fund = name });
        }
        var indicators = IndicatorRowMerger.Merge(rows, name, diagnostics);
        return new Fund(name, goals, indicators, _money.Money) { Source = source };
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')');

    private static ImmutableArray<string> SplitGoals(string text) =>
        [.. text.Split('\n').Select(ListNumbering.Strip).Where(item => item.Length > 0)];
}
