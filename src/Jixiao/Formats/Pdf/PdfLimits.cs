namespace Jixiao.Formats.Pdf;

/// <summary>Limits that keep reading a PDF bounded: a published form runs to a few dozen pages.</summary>
public static class PdfLimits
{
    /// <summary>Bytes of a file.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Pages read.</summary>
    public const int MaxPages = 500;

    /// <summary>Characters of one page (a page that claims more is not a form).</summary>
    public const int MaxLettersPerPage = 200_000;

    /// <summary>Ruling lines of one page.</summary>
    public const int MaxRulingsPerPage = 5_000;
}
