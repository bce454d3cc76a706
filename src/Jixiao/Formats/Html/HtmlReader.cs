using AngleSharp.Html.Parser;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Html;

/// <summary>
/// Reads a web page saved from a government site (AngleSharp's HTML5 parser): its form tables and the text around
/// them become blocks (<see cref="HtmlBlockReader"/>), read by the layouts of templates.md as Word documents are.
/// A page beyond <see cref="HtmlLimits"/> is refused with a message naming the limit.
/// </summary>
public static class HtmlReader
{
    public static OfficeImport Read(ReadOnlySpan<byte> bytes, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > HtmlLimits.MaxBytes)
        {
            return OfficeImport.Unusable(Diagnostic.Error("file-too-large", null, "File.TooLarge", options.FileName, bytes.Length, HtmlLimits.MaxBytes));
        }
        if (bytes.IsEmpty)
        {
            return OfficeImport.Unusable(Diagnostic.Error("file-empty", null, "File.Empty", options.FileName));
        }
        var text = HtmlText.Decode(bytes);
        if (HtmlText.NestingDepth(text) is var depth and > HtmlLimits.MaxDepth)
        {
            return OfficeImport.Unusable(Diagnostic.Error("html-too-large", null, "Html.TooDeep", options.FileName, depth, HtmlLimits.MaxDepth));
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false, IsScripting = false });
        using var document = parser.ParseDocument(text);
        if (document.All.Length > HtmlLimits.MaxElements)
        {
            return OfficeImport.Unusable(Diagnostic.Error("html-too-large", null, "Html.TooManyElements", options.FileName, document.All.Length, HtmlLimits.MaxElements));
        }
        var blocks = HtmlBlockReader.Read(document);
        if (blocks.TooLarge is { } size)
        {
            return OfficeImport.Unusable(Diagnostic.Error("html-too-large", null, "Html.TableTooLarge", options.FileName, size));
        }
        return new OfficeGoalsReader(options).Read(blocks.Result);
    }

    /// <summary>Whether a file is a web page, by its name or its first bytes.</summary>
    public static bool IsHtml(ReadOnlySpan<byte> bytes, string fileName) => HtmlText.HasHtmlExtension(fileName) || HtmlText.LooksLikeHtml(bytes);
}
