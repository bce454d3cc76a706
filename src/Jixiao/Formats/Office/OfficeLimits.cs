namespace Jixiao.Formats.Office;

/// <summary>
/// Limits that keep reading an Office file bounded in memory and time whatever the file claims. Real
/// department documents stay far below them (the seed's DOCX is 20 KB; a province's flat sheet a few MB).
/// </summary>
public static class OfficeLimits
{
    /// <summary>Entries in the zip: Word and Excel files have a few dozen.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Bytes one part may decompress to, counted as it is read (headers can lie).</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>Bytes all parts together may decompress to.</summary>
    public const long MaxTotalBytes = 256L * 1024 * 1024;

    /// <summary>Uncompressed/compressed ratio beyond which an entry is a zip bomb, not a document.</summary>
    public const int MaxCompressionRatio = 500;

    /// <summary>Rows of one sheet: enough for a province's flat table, few enough to stay bounded.</summary>
    public const int MaxSheetRows = 20_000;

    /// <summary>
    /// Cells of one sheet or Word table once merged areas are spelled out (≈16 bytes each): a province's flat sheet of
    /// 20,000 rows × 40 columns has 800,000. Sparse sheets count only the rows that hold cells.
    /// </summary>
    public const int MaxSheetCells = 2_000_000;

    /// <summary>Cells of all the tables of one Word document together.</summary>
    public const int MaxDocumentCells = 4_000_000;

    /// <summary>Columns of one row or table.</summary>
    public const int MaxColumns = 256;
}
