using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Jixiao.Formats.Pdf;

/// <summary>A straight ruling of a table: horizontal (<see cref="Horizontal"/>) at <see cref="At"/> from <see cref="From"/> to <see cref="To"/>.</summary>
internal readonly record struct Ruling(bool Horizontal, double At, double From, double To)
{
    public bool Touches(Ruling other, double tolerance)
    {
        if (Horizontal == other.Horizontal)
        {
            return Math.Abs(At - other.At) <= tolerance && From <= other.To + tolerance && other.From <= To + tolerance;
        }
        var (h, v) = Horizontal ? (this, other) : (other, this);
        return v.At >= h.From - tolerance && v.At <= h.To + tolerance && h.At >= v.From - tolerance && h.At <= v.To + tolerance;
    }
}

/// <summary>
/// The rulings of a page, from its drawn paths: lines, and thin filled or stroked rectangles (how Word and
/// LibreOffice draw cell borders), a wider stroked rectangle giving its four sides. Grouped into tables by contact.
/// </summary>
internal static class PdfRulings
{
    private const double Thin = 2.5;
    private const double Tolerance = 2.0;

    public static List<Ruling> Of(Page page)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }
            foreach (var subpath in path)
            {
                Add(subpath, path.IsStroked, rulings);
                if (rulings.Count > PdfLimits.MaxRulingsPerPage)
                {
                    return rulings;
                }
            }
        }
        return rulings;
    }

    private static void Add(PdfSubpath subpath, bool stroked, List<Ruling> rulings)
    {
        if (subpath.GetBoundingRectangle() is not { } box)
        {
            return;
        }
        var (left, right, bottom, top) = (Math.Min(box.Left, box.Right), Math.Max(box.Left, box.Right), Math.Min(box.Bottom, box.Top), Math.Max(box.Bottom, box.Top));
        var (width, height) = (right - left, top - bottom);
        if (height <= Thin && width > Thin)
        {
            rulings.Add(new Ruling(true, (top + bottom) / 2, left, right));
        }
        else if (width <= Thin && height > Thin)
        {
            rulings.Add(new Ruling(false, (left + right) / 2, bottom, top));
        }
        else if (stroked && width > Thin && height > Thin && subpath.IsDrawnAsRectangle)
        {
            rulings.Add(new Ruling(true, top, left, right));
            rulings.Add(new Ruling(true, bottom, left, right));
            rulings.Add(new Ruling(false, left, bottom, top));
            rulings.Add(new Ruling(false, right, bottom, top));
        }
        else if (stroked && width > Thin && height > Thin)
        {
            // A polyline of cell borders: its straight segments.
            foreach (var command in subpath.Commands)
            {
                if (command is PdfSubpath.Line line)
                {
                    AddSegment(line.From, line.To, rulings);
                }
            }
        }
    }

    private static void AddSegment(PdfPoint a, PdfPoint b, List<Ruling> rulings)
    {
        if (Math.Abs(a.Y - b.Y) <= 0.5 && Math.Abs(a.X - b.X) > Thin)
        {
            rulings.Add(new Ruling(true, a.Y, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (Math.Abs(a.X - b.X) <= 0.5 && Math.Abs(a.Y - b.Y) > Thin)
        {
            rulings.Add(new Ruling(false, a.X, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }

    /// <summary>Rulings that touch each other, transitively: one group per table (pairs compared; a page has at most a few thousand).</summary>
    public static List<List<Ruling>> Groups(List<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }
            return i;
        }
        for (var a = 0; a < rulings.Count; a++)
        {
            for (var b = a + 1; b < rulings.Count; b++)
            {
                if (rulings[a].Touches(rulings[b], Tolerance))
                {
                    parent[Find(a)] = Find(b);
                }
            }
        }
        return [.. Enumerable.Range(0, rulings.Count).GroupBy(Find).Select(g => g.Select(i => rulings[i]).ToList())];
    }
}
