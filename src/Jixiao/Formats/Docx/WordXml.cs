using System.Xml;

namespace Jixiao.Formats.Docx;

/// <summary>
/// Writes WordprocessingML with an <see cref="XmlWriter"/>: paragraphs in named styles (fonts and sizes
/// live in styles.xml, not on every run, which keeps documents small and WPS/Word edits consistent).
/// Characters that XML 1.0 cannot carry are dropped rather than failing the export.
/// </summary>
internal sealed class WordXml(XmlWriter xml)
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public XmlWriter Xml { get; } = xml;

    public void Start(string name) => Xml.WriteStartElement("w", name, W);

    public void End() => Xml.WriteEndElement();

    /// <summary>An empty element with a w:val attribute, e.g. &lt;w:pStyle w:val="Title"/&gt;.</summary>
    public void Val(string name, string value)
    {
        Start(name);
        Xml.WriteAttributeString("w", "val", W, value);
        End();
    }

    public void Attr(string name, string value) => Xml.WriteAttributeString("w", name, W, value);

    /// <summary>A paragraph in a style; line breaks in the text become w:br, tabs w:tab.</summary>
    public void Paragraph(string style, string text, string? alignment = null, bool keepNext = false)
    {
        Start("p");
        Start("pPr");
        Val("pStyle", style);
        if (keepNext)
        {
            Start("keepNext");
            End();
        }
        if (alignment is not null)
        {
            Val("jc", alignment);
        }
        End();
        Run(text);
        End();
    }

    public void Run(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        Start("r");
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t'))
            {
                continue;
            }
            if (i > start)
            {
                Text(text.AsSpan(start, i - start));
            }
            if (i < text.Length)
            {
                Start(text[i] == '\n' ? "br" : "tab");
                End();
            }
            start = i + 1;
        }
        End();
    }

    private void Text(ReadOnlySpan<char> text)
    {
        Start("t");
        Xml.WriteAttributeString("xml", "space", null, "preserve");
        Xml.WriteString(XmlSafe.Clean(text));
        End();
    }
}

/// <summary>Keeps only characters XML 1.0 allows (Word leaves vertical tabs and other controls in text).</summary>
internal static class XmlSafe
{
    public static string Clean(ReadOnlySpan<char> text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c) || c == '\r')
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text.ToString();
        }
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c) && c != '\r')
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
