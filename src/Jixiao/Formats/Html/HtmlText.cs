using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Formats.Html;

/// <summary>
/// The bytes of a saved page to text: the charset its BOM or its &lt;meta&gt; names (government sites often serve
/// GB2312/GBK, read as GB18030), else UTF-8 when valid, else GB18030.
/// </summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    static HtmlText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var declared = Charset().Match(head) is { Success: true } match ? match.Groups["name"].Value.ToLowerInvariant() : null;
        if (declared is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
        if (declared is "big5")
        {
            return Encoding.GetEncoding("big5").GetString(bytes);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>Whether bytes look like a web page: a doctype, an html/head/body/table tag near the start.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\u00EF', '\u00BB', '\u00BF', '?');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<meta", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<body", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<table", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<!--", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Elements that never hold others, or that pages leave open and the parser closes: they do not nest.</summary>
    private static readonly HashSet<string> Flat =
        ["br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source", "track", "wbr", "param",
         "p", "li", "td", "th", "tr", "option", "dt", "dd", "font", "b", "i", "a", "span", "strong", "em", "u", "s", "small", "big",
         "label", "sup", "sub", "nobr", "!doctype"];

    /// <summary>
    /// How deep the page's elements nest, counted on the text before parsing (open tags minus close tags, elements that
    /// do not nest left out): a bound that costs one pass, to refuse nesting bombs before the parser sees them.
    /// </summary>
    public static int NestingDepth(string html)
    {
        var depth = 0;
        var deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && end - start < 10 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!'))
            {
                end++;
            }
            if (end == start || end - start >= 10)
            {
                continue;
            }
            var name = html[start..end].ToLowerInvariant();
            if (Flat.Contains(name) || (end < html.Length && html.IndexOf('>', end) is var gt and > 0 && html[gt - 1] == '/'))
            {
                continue;
            }
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    /// <summary>Whether a file name ends like a saved page.</summary>
    public static bool HasHtmlExtension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".html" or ".htm" or ".shtml" or ".xhtml" or ".mhtml";

    /// <summary>White space collapsed as a browser shows it; none kept between two Chinese characters.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\n')
            {
                space = builder.Length > 0;
                continue;
            }
            if (c == '\n')
            {
                TrimEnd(builder);
                builder.Append('\n');
                space = false;
                continue;
            }
            if (space && builder.Length > 0 && builder[^1] != '\n' && !(IsCjk(builder[^1]) && IsCjk(c)))
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(c);
        }
        TrimEnd(builder);
        return builder.ToString().Trim('\n');
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F';
}
