namespace Jixiao.Formats.Office;

/// <summary>What a binary file is, judged by its first bytes and, for zips, their entries.</summary>
public enum OfficeKind
{
    /// <summary>Not an Office container at all.</summary>
    None,
    /// <summary>A Word document (.docx): a zip with word/document.xml.</summary>
    Docx,
    /// <summary>An Excel workbook (.xlsx): a zip with xl/workbook.xml.</summary>
    Xlsx,
    /// <summary>A zip that is neither (an .odt, a .pptx, any archive).</summary>
    OtherZip,
    /// <summary>An OLE compound file holding an encrypted OOXML package: a password-protected document.</summary>
    Encrypted,
    /// <summary>An OLE compound file without encryption: an old binary .doc or .xls.</summary>
    LegacyBinary,
}

/// <summary>Sniffs the kind of an Office file from its bytes.</summary>
public static class OfficeSniffer
{
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>"EncryptedPackage" in UTF-16LE: the stream name Office gives an encrypted document.</summary>
    private static readonly byte[] EncryptedPackageName = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>A zip that starts with a local file header; an empty zip (PK 5 6) holds no document and is left to the text reader's "binary" message.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    public static bool IsOle(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleMagic);

    /// <summary>The kind of an OLE file: encrypted OOXML or a legacy binary document.</summary>
    public static OfficeKind OleKind(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf(EncryptedPackageName) >= 0 ? OfficeKind.Encrypted : OfficeKind.LegacyBinary;
}
