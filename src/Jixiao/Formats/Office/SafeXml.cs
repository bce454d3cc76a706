using System.Xml;

namespace Jixiao.Formats.Office;

/// <summary>XML reading for untrusted Office parts: no DTDs (no entity expansion), no external resolution.</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    public static XmlReader Reader(byte[] part) => XmlReader.Create(new MemoryStream(part, writable: false), Settings);
}
