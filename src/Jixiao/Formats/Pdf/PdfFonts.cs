using PdfSharp.Fonts;

namespace Jixiao.Formats.Pdf;

/// <summary>
/// Finds a CJK font with TrueType outlines for PDFsharp, which embeds a subset of it so that the text
/// stays selectable and extractable. CFF-based fonts (Noto CJK) are not usable by PDFsharp, hence this
/// list: AR PL UMing (Debian fonts-arphic-uming, a 宋体-like serif with Latin letters and ≥ ≤ too), the
/// Windows fonts, and last Droid Sans Fallback (no Latin letters: digits would be missing). Collections
/// (.ttc) are cut down to their first face (<see cref="TrueTypeCollection"/>). <c>JIXIAO_PDF_FONT</c>
/// names another .ttf or .ttc.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "JixiaoCjk";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        @"C:\Windows\Fonts\simsun.ttc",
        @"C:\Windows\Fonts\simfang.ttf",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    private static readonly Lazy<string?> FontPath = new(Find);
    private static readonly Lazy<byte[]?> FontBytes = new(() => FontPath.Value is { } path ? Load(path) : null);
    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>The font file that will be embedded; null when the machine has none (the export then fails with a message).</summary>
    public static string? Path => FontPath.Value;

    /// <summary>Installs this resolver once per process (PDFsharp's font settings are global).</summary>
    public static bool EnsureInstalled()
    {
        if (FontBytes.Value is null)
        {
            return false;
        }
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
                _installed = true;
            }
        }
        return true;
    }

    /// <summary>
    /// Every family maps to the one CJK face, which has no bold cut: bold is simulated (PDFsharp draws the
    /// glyphs filled and stroked), so titles and headings stand out as they do in Word.
    /// </summary>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, mustSimulateBold: bold, mustSimulateItalic: false);

    public byte[]? GetFont(string faceName) => FontBytes.Value;

    private static byte[] Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.FirstFace(bytes) : bytes;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_PDF_FONT") is { Length: > 0 } chosen && File.Exists(chosen))
        {
            return chosen;
        }
        return Candidates.FirstOrDefault(File.Exists);
    }
}
