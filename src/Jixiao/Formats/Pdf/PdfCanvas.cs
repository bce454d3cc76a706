using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jixiao.Formats.Pdf;

/// <summary>
/// Pages of an A4 document with the GB/T 9704 margins and a cursor that flows text down them: wraps
/// Chinese at any character (never before closing punctuation), starts a page when one is full, and
/// numbers the pages (— 1 —) at the foot.
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    private const double Mm = 72 / 25.4;
    public const double Left = 28 * Mm, Right = 26 * Mm, Top = 37 * Mm, Bottom = 35 * Mm;

    /// <summary>Characters a line must not start with (避头): they stay on the line before.</summary>
    private const string NoLineStart = "，。、；：！？）》」』”’%…·,.;:!?)]";

    private readonly PdfDocument _document;
    private readonly Dictionary<(char, double), double> _widths = [];
    private XGraphics? _graphics;
    private PdfPage? _page;

    public PdfCanvas(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public XGraphics Graphics => _graphics!;

    public double Width => _page!.Width.Point - Left - Right;

    public double PageBottom => _page!.Height.Point - Bottom;

    public double Y { get; set; }

    public int Pages { get; private set; }

    public static XFont Font(double size, bool bold = false) =>
        new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        Pages++;
        var footer = Font(14);
        var number = $"— {Pages} —";
        _graphics.DrawString(number, footer, XBrushes.Black,
            new XRect(0, _page.Height.Point - Bottom + 20, _page.Width.Point, 20), XStringFormats.TopCenter);
        Y = Top;
    }

    /// <summary>Makes room for <paramref name="height"/> points, starting a page when needed; true when a page was started.</summary>
    public bool Ensure(double height)
    {
        if (Y + height <= PageBottom || Y <= Top + 0.01)
        {
            return false;
        }
        NewPage();
        return true;
    }

    /// <summary>A paragraph: wrapped to the width, first line indented, centred if asked.</summary>
    public void Paragraph(string text, XFont font, double lineHeight, double indent = 0, bool centre = false, double spaceAfter = 0)
    {
        var lines = Wrap(text, font, Width, indent);
        for (var i = 0; i < lines.Count; i++)
        {
            Ensure(lineHeight);
            var x = Left + (i == 0 ? indent : 0);
            var format = centre ? XStringFormats.TopCenter : XStringFormats.TopLeft;
            var box = centre ? new XRect(Left, Y + (lineHeight - font.Size) / 2, Width, lineHeight) : new XRect(x, Y + (lineHeight - font.Size) / 2, Width, lineHeight);
            Graphics.DrawString(lines[i], font, XBrushes.Black, box, format);
            Y += lineHeight;
        }
        Y += spaceAfter;
    }

    /// <summary>Splits text into lines no wider than <paramref name="width"/>; explicit line breaks are kept.</summary>
    public List<string> Wrap(string text, XFont font, double width, double firstIndent = 0)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var start = 0;
            var space = -1;
            double used = lines.Count == 0 ? firstIndent : 0;
            for (var i = 0; i < paragraph.Length; i++)
            {
                var w = CharWidth(paragraph[i], font);
                if (used + w > width && i > start && !NoLineStart.Contains(paragraph[i], StringComparison.Ordinal))
                {
                    // Break after the last space when the line has one (ladder steps, Latin words), else here.
                    var cut = space > start ? space + 1 : i;
                    lines.Add(paragraph[start..cut].TrimEnd());
                    start = cut;
                    space = -1;
                    used = 0;
                    for (var j = start; j < i; j++)
                    {
                        used += CharWidth(paragraph[j], font);
                    }
                }
                if (paragraph[i] == ' ')
                {
                    space = i;
                }
                used += w;
            }
            lines.Add(paragraph[start..]);
        }
        return lines;
    }

    private double CharWidth(char c, XFont font)
    {
        var key = (c, font.Size);
        if (!_widths.TryGetValue(key, out var width))
        {
            width = Graphics.MeasureString(c.ToString(), font).Width;
            _widths[key] = width;
        }
        return width;
    }

    public void Dispose() => _graphics?.Dispose();
}
