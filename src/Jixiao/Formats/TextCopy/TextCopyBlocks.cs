using System.Collections.Immutable;
using Jixiao.Formats.Layout;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.TextCopy;

/// <summary>A line of copied text with its 1-based number in the file.</summary>
internal readonly record struct CopiedLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>
/// Turns copied text into the paragraphs and table grids every layout reader works on: tables are found by their
/// header words, their rows cut by the copy's <see cref="CellSplit"/>, and cells a copy dropped (merged 一级/二级,
/// empty cells) put back under their columns by what they are (<see cref="RowAligner"/>). Page chrome is dropped.
/// </summary>
internal sealed class TextCopyBlocks
{
    private readonly CopiedLine[] _lines;
    private readonly List<OfficeBlock> _blocks = [];
    private int _tables;

    private TextCopyBlocks(CopiedLine[] lines) => _lines = lines;

    /// <summary>The blocks of the text, and how its tables split their cells (null when it has no table).</summary>
    public static (List<OfficeBlock> Blocks, CellSplit? Split) Build(string text)
    {
        var lines = new List<CopiedLine>();
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var line = StripBookmarks(text[range].TrimEnd('\r').TrimEnd());
            lines.Add(new CopiedLine(number, PageFurniture.IsFurniture(line) || PageFurniture.IsPageNumber(line, inFooter: false) ? "" : line));
        }
        var builder = new TextCopyBlocks([.. lines]);
        var split = builder.DetectSplit();
        builder.Read(split);
        return (builder._blocks, split);
    }

    /// <summary>Word's bookmark markers before a heading (<c>[bookmark: _Toc28866445]（二）分项绩效目标</c>) as Word's own text export leaves them.</summary>
    private static string StripBookmarks(string line)
    {
        var text = line.TrimStart();
        while (text.StartsWith("[bookmark:", StringComparison.Ordinal) && text.IndexOf(']', StringComparison.Ordinal) is var end and > 0)
        {
            text = text[(end + 1)..].TrimStart();
        }
        return text.Length == line.TrimStart().Length ? line : text;
    }

    /// <summary>The split of the first header line found: tabs, pipes, spaces, else header words one per line.</summary>
    private CellSplit? DetectSplit()
    {
        foreach (var split in (CellSplit[])[CellSplit.Tabs, CellSplit.Pipes, CellSplit.Spaces])
        {
            foreach (var line in _lines)
            {
                if (CellSplitter.IsTableLine(line.Text, split) && TextCopyLayout.IsHeader([.. CellSplitter.Split(line.Text, split).Select(c => c.Text)]))
                {
                    return split;
                }
            }
        }
        for (var i = 0; i < _lines.Length; i++)
        {
            if (OnePerLineTable.HeaderEnd(_lines, i) > i)
            {
                return CellSplit.OnePerLine;
            }
        }
        return null;
    }

    private void Read(CellSplit? split)
    {
        var i = 0;
        while (i < _lines.Length)
        {
            var line = _lines[i];
            if (line.IsBlank)
            {
                i++;
            }
            else if (split is CellSplit.Tabs or CellSplit.Pipes or CellSplit.Spaces && CellSplitter.IsTableLine(line.Text, split.Value))
            {
                i = ReadSplitTable(i, split.Value);
            }
            else if (split is CellSplit.OnePerLine && OnePerLineTable.Starts(_lines, i))
            {
                var (rows, end) = OnePerLineTable.Read(_lines, i);
                AddTable(rows);
                i = end;
            }
            else if (TextCopyLayout.LabelAndValue(line.Text) is not null)
            {
                i = ReadLabels(i);
            }
            else
            {
                _blocks.Add(new ParagraphBlock(line.Text.Trim()) { Line = line.Number });
                i++;
            }
        }
    }

    /// <summary>Consecutive <c>label：value</c> lines (项目名称：…, 主管部门：…) as a table of label rows.</summary>
    private int ReadLabels(int start)
    {
        var rows = new List<(int Line, List<string> Cells)>();
        var i = start;
        for (; i < _lines.Length; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }
            if (TextCopyLayout.LabelAndValue(_lines[i].Text) is not (var label, var value))
            {
                break;
            }
            rows.Add((_lines[i].Number, [label, value]));
        }
        AddTable(rows);
        return i;
    }

    /// <summary>A run of table lines; a single other line between two of them is a row of one cell (a category row, a wrapped list item).</summary>
    private int ReadSplitTable(int start, CellSplit split)
    {
        var rows = new List<(int Line, List<string> Cells)>();
        var columns = new List<List<LineCell>>();
        var i = start;
        while (i < _lines.Length)
        {
            var line = _lines[i];
            if (line.IsBlank || CellSplitter.IsRule(line.Text))
            {
                var next = NextContent(i + 1);
                if (next < 0 || !CellSplitter.IsTableLine(_lines[next].Text, split))
                {
                    break;
                }
                i = next;
                continue;
            }
            if (CellSplitter.IsTableLine(line.Text, split))
            {
                var cells = CellSplitter.Split(line.Text, split);
                var texts = cells.Where(c => c.Text.Length > 0).ToList();
                if (texts.Count == 1 && (PageFurniture.IsFurniture(texts[0].Text) || AppendListItem(rows, texts[0].Text)))
                {
                    i++;
                    continue;
                }
                rows.Add((line.Number, [.. cells.Select(c => c.Text)]));
                columns.Add(cells);
                i++;
                continue;
            }
            var after = NextContent(i + 1);
            if (TextCopyLayout.IsHeading(line.Text) || after < 0 || !CellSplitter.IsTableLine(_lines[after].Text, split))
            {
                break;
            }
            if (!AppendListItem(rows, line.Text))
            {
                rows.Add((line.Number, [line.Text.Trim()]));
                columns.Add([new LineCell(line.Text.Trim(), 0)]);
            }
            i++;
        }
        AddTable(split == CellSplit.Spaces ? SpacedColumns.Place(rows, columns) : rows);
        return i;
    }

    /// <summary>A numbered line (2、…) after a cell that starts a numbered list (1、…) continues that cell.</summary>
    private static bool AppendListItem(List<(int Line, List<string> Cells)> rows, string text)
    {
        if (rows.Count == 0 || ListNumbering.Strip(text) == text.Trim())
        {
            return false;
        }
        var cells = rows[^1].Cells;
        var last = cells.FindLastIndex(c => c.Length > 0);
        if (last < 0 || ListNumbering.Strip(cells[last]) == cells[last])
        {
            return false;
        }
        cells[last] += "\n" + text.Trim();
        return true;
    }

    private int NextContent(int from)
    {
        for (var i = from; i < _lines.Length && i < from + 3; i++)
        {
            if (!_lines[i].IsBlank)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Rows to a grid: rows under an indicator header that lost cells are aligned to it by content.</summary>
    private void AddTable(List<(int Line, List<string> Cells)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }
        RowAligner? aligner = null;
        var width = rows.Max(r => r.Cells.Count);
        var grid = new List<string[]>(rows.Count);
        foreach (var (_, cells) in rows)
        {
            if (aligner is null && TextCopyLayout.IsHeader(cells))
            {
                aligner = new RowAligner(cells);
                grid.Add([.. cells]);
                continue;
            }
            grid.Add(aligner is not null && cells.Count < aligner.Width && cells.Count > 0 ? aligner.Align(cells) ?? [.. cells] : [.. cells]);
        }
        width = Math.Min(OfficeLimits.MaxColumns, Math.Max(width, grid.Max(r => r.Length)));
        var table = grid.Select(r => Enumerable.Range(0, width).Select(c => c < r.Length ? new GridCell(r[c], CellMerge.None) : GridCell.Empty).ToArray()).ToList();
        _blocks.Add(new TableBlock(++_tables, null, table) { Lines = [.. rows.Select(r => r.Line)] });
    }
}
