using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.DisclosureText;

/// <summary>The cells of one fund's goal table, read line by line and interpreted at the end.</summary>
internal sealed class FundBuilder(string content, string name, SourceRef source)
{
    private static readonly string[] GoalLabels = ["绩效目标", "年度绩效目标", "年度目标", "项目绩效目标", "总体目标", "年度总体目标", "绩效目标(年度目标)"];

    /// <summary>A cell: where its text lies in the document, or its text once known (continued cells).</summary>
    private record struct Cell(int Line, int Start, int Length, string? Text);

    private readonly List<Cell> _cells = new(512);
    private readonly MoneyReader _money = new();

    public void AddCell(TextLine line) => _cells.Add(new Cell(line.Number, line.Start, line.Length, null));

    public void AppendToLastCell(string text)
    {
        var previous = TextOf(_cells.Count - 1);
        _cells[^1] = _cells[^1] with { Text = previous.Length == 0 ? text : previous + "\n" + text };
    }

    private string TextOf(int index)
    {
        var cell = _cells[index];
        return cell.Text ?? (cell.Length == 0 ? "" : content.Substring(cell.Start, cell.Length));
    }

    private ReadOnlySpan<char> SpanOf(int index)
    {
        var cell = _cells[index];
        return cell.Text is { } text ? text : content.AsSpan(cell.Start, cell.Length);
    }

    public bool TryReadMoney(string text, SourceRef where, List<Diagnostic> diagnostics) => _money.TryRead(text, where, diagnostics);

    /// <summary>项目代码, 项目类别, 项目期 and 中期目标 lines under the heading.</summary>
    public IdentityDraft Identity { get; } = new();

    public Fund Build(List<Diagnostic> diagnostics) => Identity.Apply(BuildTable(diagnostics), diagnostics);

    /// <summary>
    /// Interprets the cells. Blank lines separate rows in Word's export but also fall inside rows (the
    /// seed has them), so rows are cut by counting cells against the header, not at blank lines.
    /// </summary>
    private Fund BuildTable(List<Diagnostic> diagnostics)
    {
        ImmutableArray<string> goals = [];
        var rows = new List<IndicatorRow>();
        var i = 0;
        (IndicatorColumn Column, int Index)[]? columns = null;
        var width = 0;
        while (i < _cells.Count)
        {
            var line = _cells[i].Line;
            if (columns is null)
            {
                var text = TextOf(i);
                if (GoalLabels.Contains(Compact(text)))
                {
                    var hasGoals = i + 1 < _cells.Count && IndicatorColumns.Recognise(TextOf(i + 1)) is null;
                    goals = hasGoals ? SplitGoals(TextOf(i + 1)) : [];
                    i += hasGoals ? 2 : 1;
                    continue;
                }
                if (_money.TryReadCell(TextOf(i), i + 1 < _cells.Count ? TextOf(i + 1) : null, _cells[i].Line, ref i, diagnostics))
                {
                    continue;
                }
                if (IndicatorColumns.Recognise(text) is not null)
                {
                    var end = i;
                    while (end < _cells.Count && IndicatorColumns.Recognise(TextOf(end)) is not null)
                    {
                        end++;
                    }
                    var headers = Enumerable.Range(i, end - i).Select(TextOf).ToList();
                    columns = IndicatorColumns.Map(headers)?.Select(c => (c.Key, c.Value)).ToArray();
                    if (columns is null)
                    {
                        diagnostics.Add(Diagnostic.Warning(Tables.ReadingGaps.TableUnread, SourceRef.AtLine(line), "Import.HeaderIncomplete", line, name, string.Join("、", headers))
                            with { Fund = name });
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
                diagnostics.Add(Diagnostic.Warning(Tables.ReadingGaps.RowCutOff, SourceRef.AtLine(line), "Import.RowIncomplete", line, name, width, _cells.Count - i)
                    with { Fund = name });
                break;
            }
            rows.Add(ReadRow(columns, i, rows.Count > 0 ? rows[^1] : null));
            i += width;
        }
        if (columns is null && _cells.Count > 0)
        {
            diagnostics.Add(Diagnostic.Warning(Tables.ReadingGaps.TableUnread, source, "Import.NoHeader", source.Line, name) with { Fund = name });
        }
        var indicators = IndicatorRowMerger.Merge(rows, name, diagnostics);
        return new Fund(name, goals, indicators, _money.Money) { Source = source };
    }

    /// <summary>
    /// A row of cells. A cell that repeats the one above it (一级/二级/描述/依据 of a graded indicator,
    /// written again on every grade row) shares the string above instead of copying the document again.
    /// </summary>
    private IndicatorRow ReadRow((IndicatorColumn Column, int Index)[] columns, int start, IndicatorRow? above)
    {
        var cells = IndicatorRow.NewCells();
        foreach (var (column, index) in columns)
        {
            var span = SpanOf(start + index);
            cells[(int)column] = above?.Raw(column) is { } previous && span.SequenceEqual(previous)
                ? previous
                : TextOf(start + index);
        }
        return new IndicatorRow(SourceRef.AtLine(_cells[start].Line), cells);
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')');

    private static ImmutableArray<string> SplitGoals(string text) =>
        [.. text.Split('\n').Select(ListNumbering.Strip).Where(item => item.Length > 0)];
}
