using Jixiao.Formats.Office;

namespace Jixiao.Formats.Pdf;

/// <summary>
/// A ruled table on a page: the x of its vertical rulings and the y of its horizontal ones make the grid; a border
/// missing between two grid cells means they are one merged cell. Glyphs are placed in the cell under their centre.
/// </summary>
internal sealed class PdfGrid
{
    private const double Snap = 1.5;
    private readonly double[] _xs;
    private readonly double[] _ys;
    private readonly (int Row, int Column)[,] _origin;

    private PdfGrid(double[] xs, double[] ys, List<Ruling> rulings)
    {
        (_xs, _ys) = (xs, ys);
        var rows = ys.Length - 1;
        var columns = xs.Length - 1;
        _origin = new (int, int)[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var middleY = (ys[r] + ys[r + 1]) / 2;
                var middleX = (xs[c] + xs[c + 1]) / 2;
                _origin[r, c] = c > 0 && !Covered(rulings, false, xs[c], middleY) ? _origin[r, c - 1]
                    : r > 0 && !Covered(rulings, true, ys[r], middleX) ? _origin[r - 1, c]
                    : (r, c);
            }
        }
    }

    public double Top => _ys[0];

    public double Bottom => _ys[^1];

    public double Left => _xs[0];

    public double Right => _xs[^1];

    public int Columns => _xs.Length - 1;

    /// <summary>The x of the column borders, to tell a table continued on the next page from another.</summary>
    public IReadOnlyList<double> ColumnEdges => _xs;

    /// <summary>A grid from one group of rulings; null when it has fewer than two of each direction.</summary>
    public static PdfGrid? Of(List<Ruling> rulings)
    {
        var xs = Distinct(rulings.Where(r => !r.Horizontal).Select(r => r.At));
        var ys = Distinct(rulings.Where(r => r.Horizontal).Select(r => r.At)).Reverse().ToArray();
        if (xs.Length < 2 || ys.Length < 2 || (long)xs.Length * ys.Length > 1_000_000)
        {
            return null;
        }
        return new PdfGrid(xs, ys, rulings);
    }

    public bool Contains(Glyph glyph) => glyph.X >= Left && glyph.X <= Right && glyph.Y <= Top && glyph.Y >= Bottom;

    /// <summary>The grid rows with merges spelled out (covered cells carry the text of their merged cell).</summary>
    public List<GridCell[]> Cells(IEnumerable<Glyph> glyphs)
    {
        var rows = _ys.Length - 1;
        var columns = _xs.Length - 1;
        var inCell = new List<Glyph>[rows, columns];
        foreach (var glyph in glyphs)
        {
            var column = Index(_xs, glyph.X, ascending: true);
            var row = Index(_ys, glyph.Y, ascending: false);
            if (row >= 0 && column >= 0)
            {
                var (r, c) = _origin[row, column];
                (inCell[r, c] ??= []).Add(glyph);
            }
        }
        var grid = new List<GridCell[]>(rows);
        for (var r = 0; r < rows; r++)
        {
            var line = new GridCell[columns];
            for (var c = 0; c < columns; c++)
            {
                var (or, oc) = _origin[r, c];
                var text = inCell[or, oc] is { } own ? GlyphLines.CellText(own) : "";
                line[c] = new GridCell(text, (or, oc) == (r, c) ? CellMerge.None : or < r ? CellMerge.Above : CellMerge.Left);
            }
            grid.Add(line);
        }
        return grid;
    }

    private static bool Covered(List<Ruling> rulings, bool horizontal, double at, double across) =>
        rulings.Any(r => r.Horizontal == horizontal && Math.Abs(r.At - at) <= Snap && r.From - Snap <= across && across <= r.To + Snap);

    private static double[] Distinct(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var distinct = new List<double>();
        foreach (var value in sorted)
        {
            if (distinct.Count == 0 || value - distinct[^1] > Snap)
            {
                distinct.Add(value);
            }
        }
        return [.. distinct];
    }

    /// <summary>The interval of sorted edges a value falls in; -1 outside.</summary>
    private static int Index(double[] edges, double value, bool ascending)
    {
        for (var i = 0; i + 1 < edges.Length; i++)
        {
            var (low, high) = ascending ? (edges[i], edges[i + 1]) : (edges[i + 1], edges[i]);
            if (value >= low && value <= high)
            {
                return i;
            }
        }
        return -1;
    }
}
