namespace Jixiao.Formats.Html;

/// <summary>
/// Limits that keep reading a saved web page bounded whatever it holds (a disclosure page is 50 KB to 2 MB). Beyond
/// them the page is refused with a message, never parsed into gigabytes.
/// </summary>
public static class HtmlLimits
{
    /// <summary>Bytes of a page.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>Elements of a page (a bomb of nested or repeated tags).</summary>
    public const int MaxElements = 1_000_000;

    /// <summary>Rows of one table.</summary>
    public const int MaxRows = Office.OfficeLimits.MaxSheetRows;

    /// <summary>
    /// Nesting of elements. The HTML5 parser slows down with the square of the depth (100,000 nested div take a
    /// minute) and stops nesting far below that, so a page nested deeper than any real page is refused before parsing.
    /// </summary>
    public const int MaxDepth = 512;

    /// <summary>Cells of one table's grid (rows × columns after spans are spelled out).</summary>
    public const int MaxGridCells = 2_000_000;
}
