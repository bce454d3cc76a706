using System.Text;
using AngleSharp.Dom;
using Jixiao.Formats.Layout;
using Jixiao.Formats.Office;
using Jixiao.Formats.TextCopy;

namespace Jixiao.Formats.Html;

/// <summary>
/// A saved web page to paragraphs and table grids in reading order. Site chrome (navigation, headers, footers,
/// scripts, forms, 打印本页) is left out; layout tables (tables holding tables, or without a word of the forms) are
/// read as text; the tables of a form become grids with rowspan/colspan spelled out as Word's merges are.
/// </summary>
internal sealed class HtmlBlockReader
{
    private static readonly HashSet<string> Skipped =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "select", "option", "button",
         "iframe", "object", "embed", "svg", "canvas", "head", "title", "input", "textarea", "map", "video", "audio"];

    private static readonly HashSet<string> Blocks =
        ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main",
         "blockquote", "pre", "center", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption", "hr", "address", "figure", "body"];

    /// <summary>Class and id words of site chrome.</summary>
    private static readonly HashSet<string> ChromeWords =
        ["nav", "navbar", "menu", "footer", "foot", "header", "breadcrumb", "crumb", "crumbs", "share", "sidebar", "toolbar",
         "copyright", "topbar", "banner", "search", "login", "friendlink", "links"];

    private readonly List<OfficeBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private int _tables;

    public string? TooLarge { get; private set; }

    public static HtmlBlockReader Read(IDocument document)
    {
        var reader = new HtmlBlockReader();
        reader.Walk(document.Body ?? document.DocumentElement);
        reader.Flush();
        return reader;
    }

    /// <summary>The paragraphs and tables in reading order.</summary>
    public List<OfficeBlock> Result => _blocks;

    private void Walk(INode root)
    {
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0 && TooLarge is null)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                _text.Append(text.Data);
                continue;
            }
            if (node is not IElement element)
            {
                continue;
            }
            var name = element.LocalName;
            if (leaving)
            {
                Flush();
                continue;
            }
            if (Skipped.Contains(name) || IsChrome(element))
            {
                continue;
            }
            if (name == "br")
            {
                _text.Append('\n');
                continue;
            }
            if (name == "table" && IsFormTable(element))
            {
                Flush();
                AddTable(element);
                continue;
            }
            var block = Blocks.Contains(name);
            if (block)
            {
                Flush();
                stack.Push((node, true));
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
    }

    private static bool IsChrome(IElement element)
    {
        if (element.HasAttribute("hidden") || (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        foreach (var attribute in (string?[])[element.Id, element.ClassName])
        {
            if (attribute is null)
            {
                continue;
            }
            foreach (var word in attribute.ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (ChromeWords.Contains(word))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A table of a form: no table inside it, and some header word, form label or title in its cells.</summary>
    private static bool IsFormTable(IElement table)
    {
        if (table.QuerySelector("table") is not null)
        {
            return false;
        }
        foreach (var cell in table.QuerySelectorAll("td, th"))
        {
            var text = cell.TextContent.Trim();
            if (text.Length is > 0 and <= 40 && (TextCopyLayout.IsHeaderWord(text) || TextCopyLayout.IsFormLabel(text) || FormTitle.Read(text) is not null))
            {
                return true;
            }
        }
        return false;
    }

    private void AddTable(IElement table)
    {
        var grid = HtmlTableGrid.Of(table, out var tooLarge);
        if (tooLarge is not null)
        {
            TooLarge = tooLarge;
            return;
        }
        if (grid.Count > 0)
        {
            _blocks.Add(new TableBlock(++_tables, null, grid));
        }
    }

    private void Flush()
    {
        if (_text.Length == 0)
        {
            return;
        }
        foreach (var line in HtmlText.Collapse(_text.ToString()).Split('\n'))
        {
            var text = line.Trim();
            if (text.Length > 0 && !PageFurniture.IsFurniture(text) && !PageFurniture.IsPageNumber(text, inFooter: false))
            {
                _blocks.Add(new ParagraphBlock(text));
            }
        }
        _text.Clear();
    }
}
