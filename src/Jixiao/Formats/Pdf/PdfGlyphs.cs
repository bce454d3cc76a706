using System.Text;
using UglyToad.PdfPig.Content;

namespace Jixiao.Formats.Pdf;

/// <summary>One character placed on a page: its text, centre, baseline and size (PDF points, y upwards).</summary>
internal readonly record struct Glyph(string Text, double X, double Y, double Left, double Right, double Baseline, double Size)
{
    public static Glyph Of(Letter letter)
    {
        var box = letter.BoundingBox;
        var size = Math.Max(1, letter.PointSize);
        var (left, right) = (Math.Min(box.Left, box.Right), Math.Max(box.Left, box.Right));
        if (right - left < 0.1)
        {
            (left, right) = (letter.StartBaseLine.X, letter.EndBaseLine.X);
        }
        return new Glyph(letter.Value, (left + right) / 2, letter.StartBaseLine.Y + size * 0.3, left, right, letter.StartBaseLine.Y, size);
    }
}

/// <summary>Glyphs to lines of text: grouped by baseline, ordered left to right, a space where the gap is wide.</summary>
internal static class GlyphLines
{
    /// <summary>Lines top to bottom, each with its text, top baseline and left and right edges.</summary>
    public static List<(string Text, double Baseline, double Left, double Right, double Size)> Lines(IEnumerable<Glyph> glyphs)
    {
        var sorted = glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Text)).OrderByDescending(g => g.Baseline).ThenBy(g => g.Left).ToList();
        var lines = new List<List<Glyph>>();
        foreach (var glyph in sorted)
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is null || Math.Abs(line[0].Baseline - glyph.Baseline) > Math.Max(line[0].Size, glyph.Size) * 0.5)
            {
                lines.Add([glyph]);
            }
            else
            {
                line.Add(glyph);
            }
        }
        return [.. lines.Select(line =>
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
            var text = new StringBuilder();
            for (var i = 0; i < line.Count; i++)
            {
                // A wide gap is a space only between Latin letters and digits: Chinese text has none, and its punctuation is narrow.
                if (i > 0 && line[i].Left - line[i - 1].Right > line[i].Size * 0.35 && IsLatin(line[i - 1].Text) && IsLatin(line[i].Text))
                {
                    text.Append(' ');
                }
                text.Append(line[i].Text);
            }
            return (text.ToString().Trim(), line[0].Baseline, line[0].Left, line[^1].Right, line.Max(g => g.Size));
        })];
    }

    private static bool IsLatin(string text) => text.Length > 0 && char.IsAscii(text[0]) && char.IsAsciiLetterOrDigit(text[0]);

    /// <summary>The text of a cell: its lines joined as wrapped Chinese text is, a new line only before a numbered item.</summary>
    public static string CellText(IEnumerable<Glyph> glyphs)
    {
        var text = new StringBuilder();
        foreach (var (line, _, _, _, _) in Lines(glyphs))
        {
            if (text.Length > 0)
            {
                if (ListNumbering.Strip(line) != line)
                {
                    text.Append('\n');
                }
                else if (char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetter(line[0]))
                {
                    text.Append(' ');
                }
            }
            text.Append(line);
        }
        return text.ToString();
    }
}
