using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Jixiao.Formats.Pdf;

/// <summary>
/// Reads a PDF with a text layer (a disclosure or a 申报表 printed to PDF) with PdfPig: each page's ruled tables
/// become grids (merged cells from missing borders), the text around them paragraphs, and a table that runs over a
/// page break is joined again (a repeated header row dropped, a row split by the break put back together). Then the
/// layouts of templates.md read the blocks as they read Word. A scan without text, an encrypted or damaged file is
/// one error that says so.
/// </summary>
public static class PdfReader
{
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);

    public static OfficeImport Read(byte[] bytes, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > PdfLimits.MaxBytes)
        {
            return OfficeImport.Unusable(Diagnostic.Error("file-too-large", null, "File.TooLarge", options.FileName, bytes.Length, PdfLimits.MaxBytes));
        }
        List<OfficeBlock> blocks;
        try
        {
            blocks = Blocks(bytes, out var letters);
            if (letters == 0)
            {
                return OfficeImport.Unusable(Diagnostic.Error("pdf-no-text", null, "Pdf.NoText", options.FileName));
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            return OfficeImport.Unusable(Diagnostic.Error("pdf-encrypted", null, "Pdf.Encrypted", options.FileName));
        }
#pragma warning disable CA1031 // PdfPig reports a malformed file by throwing many kinds of exception: each is this file's damage, not our bug.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return OfficeImport.Unusable(Diagnostic.Error("pdf-damaged", null, "Pdf.Damaged", options.FileName, exception.Message));
        }
        return new OfficeGoalsReader(options).Read(blocks);
    }

    private static List<OfficeBlock> Blocks(byte[] bytes, out int letters)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var blocks = new List<OfficeBlock>();
        PageTable? open = null;
        var rows = new List<GridCell[]>();
        var number = 0;
        letters = 0;
        void Close()
        {
            if (open is not null && rows.Count > 0)
            {
                blocks.Add(new TableBlock(++number, $"第{open.Page}页", [.. rows]));
            }
            (open, rows) = (null, []);
        }
        for (var p = 1; p <= Math.Min(document.NumberOfPages, PdfLimits.MaxPages); p++)
        {
            var page = document.GetPage(p);
            letters += page.Letters.Count;
            var pageBlocks = PdfPageBlocks.Read(page);
            for (var b = 0; b < pageBlocks.Count; b++)
            {
                switch (pageBlocks[b])
                {
                    case PageTable table when open is not null && b == 0 && Continues(open, table):
                        Join(rows, table.Rows);
                        open = table with { Page = open.Page };
                        break;
                    case PageTable table:
                        Close();
                        (open, rows) = (table, [.. table.Rows]);
                        break;
                    case ParagraphBlock paragraph:
                        Close();
                        blocks.Add(paragraph);
                        break;
                }
            }
        }
        Close();
        return blocks;
    }

    /// <summary>The first table of a page continues the last of the page before when their columns line up.</summary>
    private static bool Continues(PageTable previous, PageTable next) =>
        previous.Grid.Columns == next.Grid.Columns
        && previous.Grid.ColumnEdges.Zip(next.Grid.ColumnEdges).All(e => Math.Abs(e.First - e.Second) <= 3);

    /// <summary>
    /// Adds the rows of a continued table: a header row repeated on the new page is dropped; a first row without a
    /// 三级指标 and 指标值 but with text elsewhere is the rest of a row the page break split.
    /// </summary>
    private static void Join(List<GridCell[]> rows, List<GridCell[]> more)
    {
        var header = rows.FindIndex(r => IndicatorColumns.Map([.. r.Select(c => c.Text)]) is not null);
        var columns = header >= 0 ? IndicatorColumns.Map([.. rows[header].Select(c => c.Text)]) : null;
        var start = 0;
        if (header >= 0 && more.Count > 0 && more[0].Select(c => c.Text).SequenceEqual(rows[header].Select(c => c.Text)))
        {
            start = 1;
        }
        if (columns is not null && start < more.Count && rows.Count > header + 1)
        {
            var first = more[start];
            var name = first[columns[IndicatorColumn.Name]].Text;
            var target = first[columns[IndicatorColumn.Target]].Text;
            if (name.Length == 0 && target.Length == 0 && first.Any(c => c.Text.Length > 0))
            {
                var last = rows[^1];
                rows[^1] = [.. last.Select((cell, c) => c < first.Length && first[c].Text.Length > 0 ? cell with { Text = cell.Text + first[c].Text } : cell)];
                start++;
            }
        }
        rows.AddRange(more.Skip(start));
    }
}
