namespace Jixiao.Formats.Layout;

/// <summary>
/// 按内容对齐 — puts the cells of a row that lost some (a 一级/二级 merged over many rows and copied once, an empty
/// cell dropped by a copy) under the columns of its header, by what each cell is (<see cref="CellKinds"/>): a
/// 二级指标 name under 二级指标, <c>≥95%</c> under 指标值, 计划标准 under 指标值确定依据. Also cuts a stream of cells
/// copied one per line into rows.
/// </summary>
internal sealed class RowAligner
{
    private readonly ColumnRole[] _roles;

    public RowAligner(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        _roles = ColumnRoles.Of(header);
    }

    public int Width => _roles.Length;

    /// <summary>The column of a role, or -1.</summary>
    public int ColumnOf(ColumnRole role) => Array.IndexOf(_roles, role);

    /// <summary>
    /// A row of exactly <see cref="Width"/> cells: as given when it has that many, else the best monotonic
    /// placement of its cells (null when it has more cells than the header or they cannot be placed).
    /// </summary>
    public string[]? Align(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var n = _roles.Length;
        var k = cells.Count;
        if (k == n)
        {
            return [.. cells];
        }
        if (k > n)
        {
            return null;
        }
        var kinds = cells.Select(c => CellKinds.Of(c)).ToArray();
        // best[i, j]: the best score placing the first i cells in the first j columns; from[i, j]: whether cell i-1 sits in column j-1.
        var best = new int?[k + 1, n + 1];
        var placed = new bool[k + 1, n + 1];
        best[0, 0] = 0;
        for (var j = 1; j <= n; j++)
        {
            best[0, j] = best[0, j - 1] - ColumnRoles.SkipCost(_roles[j - 1]);
        }
        for (var i = 1; i <= k; i++)
        {
            for (var j = i; j <= n; j++)
            {
                var skip = best[i, j - 1] - ColumnRoles.SkipCost(_roles[j - 1]);
                var fit = ColumnRoles.Fit(kinds[i - 1], _roles[j - 1]);
                var place = best[i - 1, j - 1] + fit;
                if (place is not null && (skip is null || place >= skip))
                {
                    (best[i, j], placed[i, j]) = (place, true);
                }
                else
                {
                    best[i, j] = skip;
                }
            }
        }
        if (best[k, n] is null)
        {
            return null;
        }
        var row = new string[n];
        Array.Fill(row, "");
        for (int i = k, j = n; i > 0 && j > 0; j--)
        {
            if (placed[i, j])
            {
                row[j - 1] = cells[i - 1];
                i--;
            }
        }
        return row;
    }

    /// <summary>
    /// Cuts cells copied one per line into rows: a cell that fits no column after the last one filled starts a new row,
    /// as do a 一级/二级 name and a grade step once the row has a target; each row's cells are then placed under the
    /// header by <see cref="Align"/>. Returns each row with the index of its first cell.
    /// </summary>
    public List<(string[] Row, int First)> Split(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = new List<(string[], int)>();
        foreach (var (row, first) in Cut(cells))
        {
            var count = row.Count(c => c.Length > 0);
            var segment = cells.Skip(first).Take(count).ToList();
            rows.Add((Align(segment) ?? row, first));
        }
        return rows;
    }

    private List<(string[] Row, int First)> Cut(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var kinds = cells.Select(c => CellKinds.Of(c)).ToArray();
        var rows = new List<(string[], int)>();
        var row = NewRow();
        var (next, first, filled) = (0, 0, false);
        var textBeforeTarget = _roles.Count(r => r is ColumnRole.Name or ColumnRole.Description);
        for (var i = 0; i < cells.Count; i++)
        {
            var column = Place(kinds[i], next);
            if (column >= 0 && filled && kinds[i] == CellKind.Text && StartsNextRow(kinds, i, row, textBeforeTarget))
            {
                column = -1;
            }
            if (column < 0)
            {
                if (filled)
                {
                    rows.Add((row, first));
                }
                (row, first, filled) = (NewRow(), i, false);
                column = Place(kinds[i], 0);
                if (column < 0)
                {
                    column = Math.Max(0, ColumnOf(ColumnRole.Name));
                }
            }
            row[column] = cells[i];
            (next, filled) = (column + 1, true);
        }
        if (filled)
        {
            rows.Add((row, first));
        }
        return rows;
    }

    private string[] NewRow()
    {
        var row = new string[_roles.Length];
        Array.Fill(row, "");
        return row;
    }

    /// <summary>
    /// The column a cell goes to at or after <paramref name="from"/>: for a text the best-fitting (a name rather than a
    /// merged 一级 left out), for numbers, units and direction words the first that fits (完成值 before 权重 before 得分);
    /// -1 when none fits.
    /// </summary>
    private int Place(CellKind kind, int from)
    {
        if (kind is CellKind.Number or CellKind.Unit or CellKind.Direction or CellKind.Comparator)
        {
            for (var j = from; j < _roles.Length; j++)
            {
                if (ColumnRoles.Fit(kind, _roles[j]) is > 0)
                {
                    return j;
                }
            }
            return -1;
        }
        var (column, score) = (-1, 0);
        for (var j = from; j < _roles.Length; j++)
        {
            if (ColumnRoles.Fit(kind, _roles[j]) is { } fit && fit > score)
            {
                (column, score) = (j, fit);
            }
        }
        return column;
    }

    /// <summary>
    /// A text after the row's target is either the row's last cells (依据, 原因) or the next row's name: count the texts
    /// before the next target; as many as a row puts before its target (名称, 描述) means a new row begins here.
    /// </summary>
    private bool StartsNextRow(CellKind[] kinds, int at, string[] row, int textBeforeTarget)
    {
        var target = ColumnOf(ColumnRole.Target);
        if (target < 0 || row[target].Length == 0)
        {
            return false;
        }
        var texts = 0;
        for (var i = at; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case CellKind.Text:
                    texts++;
                    continue;
                case CellKind.Target or CellKind.GradeStep or CellKind.Qualitative:
                    return texts <= textBeforeTarget;
                default:
                    return false;
            }
        }
        return false;
    }
}
