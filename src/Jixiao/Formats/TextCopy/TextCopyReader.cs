using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.TextCopy;

/// <summary>
/// Reads text copied from a web page or a PDF (or made by pdftotext): its tables split by tabs, <c>|</c>, runs of
/// spaces or one cell per line (<see cref="CellSplit"/>), into the same blocks as Word and Excel documents, and from
/// there by the layouts of templates.md (<see cref="OfficeGoalsReader"/>). The seed's own text format, cells as
/// tab-prefixed lines, has its reader (<see cref="DisclosureTextReader"/>).
/// </summary>
public static class TextCopyReader
{
    public static OfficeImport Read(string text, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var (blocks, _) = TextCopyBlocks.Build(text);
        return new OfficeGoalsReader(options).Read(blocks);
    }

    /// <summary>How the text's tables split their cells; null when it has no indicator header.</summary>
    public static CellSplit? SplitOf(string text) => TextCopyBlocks.Build(text).Split;
}
