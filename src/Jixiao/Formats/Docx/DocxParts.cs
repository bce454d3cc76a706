using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Jixiao.Formats.Docx;

/// <summary>
/// The fixed parts of an exported DOCX: content types, relationships, the styles of the official
/// document format (GB/T 9704: 小标宋 二号 title, 黑体/楷体 三号 headings, 仿宋_GB2312 三号 body, fixed 28 pt
/// lines), the font table with fallbacks, and a footer with the page number (— 1 —).
/// </summary>
internal static class DocxParts
{
    /// <summary>Font names as Word and WPS expect them, with the alternatives a reader may have instead.</summary>
    public static readonly (string Name, string AltNames, string Family)[] Fonts =
    [
        ("方正小标宋简体", "小标宋;方正小标宋_GBK;华文中宋;宋体;SimSun;Noto Serif CJK SC", "roman"),
        ("仿宋_GB2312", "仿宋;FangSong;仿宋_GBK;AR PL UMing CN;Noto Serif CJK SC", "modern"),
        ("楷体_GB2312", "楷体;KaiTi;AR PL UKai CN;Noto Serif CJK SC", "script"),
        ("黑体", "SimHei;Noto Sans CJK SC;WenQuanYi Zen Hei", "swiss"),
        ("宋体", "SimSun;Noto Serif CJK SC", "roman"),
        ("Times New Roman", "Liberation Serif", "roman"),
    ];

    public static void WriteAll(ZipArchive zip, string title)
    {
        Write(zip, "[Content_Types].xml", ContentTypes);
        Write(zip, "_rels/.rels", PackageRels);
        Write(zip, "word/_rels/document.xml.rels", DocumentRels);
        Write(zip, "word/styles.xml", Styles);
        Write(zip, "word/fontTable.xml", FontTable());
        Write(zip, "word/settings.xml", Settings);
        Write(zip, "word/footer1.xml", Footer);
        Write(zip, "docProps/core.xml", Core(title));
    }

    public static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private const string WNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private const string ContentTypes = Declaration +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>" +
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
        "</Types>";

    private const string PackageRels = Declaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
        "</Relationships>";

    private const string DocumentRels = Declaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>" +
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>" +
        "</Relationships>";

    private const string Settings = Declaration + "<w:settings " + WNs + "><w:defaultTabStop w:val=\"640\"/>" +
        "<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" " +
        "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

    private const string Footer = Declaration + "<w:ftr " + WNs + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" +
        "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>" +
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" +
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>1</w:t></w:r>" +
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>" +
        "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";

    private static string Font(string eastAsia) =>
        $"<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{eastAsia}\" w:cs=\"Times New Roman\"/>";

    /// <summary>Half-points: 二号 22 pt = 44, 三号 16 pt = 32, 五号 10.5 pt = 21.</summary>
    private static string Style(string id, string name, string font, int size, string paragraph, bool bold = false) =>
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>" +
        $"<w:pPr>{paragraph}</w:pPr><w:rPr>{Font(font)}{(bold ? "<w:b/>" : "")}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>";

    private static readonly string Styles = Declaration + "<w:styles " + WNs + ">" +
        "<w:docDefaults><w:rPrDefault><w:rPr>" + Font("仿宋_GB2312") + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>" +
        "<w:pPrDefault><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>" +
        Style("Title", "Title", "方正小标宋简体", 44, "<w:spacing w:before=\"0\" w:after=\"560\" w:line=\"700\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>") +
        Style("Part", "heading 1", "黑体", 32, "<w:keepNext/><w:ind w:firstLine=\"640\"/><w:outlineLvl w:val=\"1\"/>") +
        Style("Section", "heading 2", "楷体_GB2312", 32, "<w:keepNext/><w:ind w:firstLine=\"640\"/><w:outlineLvl w:val=\"2\"/>") +
        Style("FundHeading", "heading 3", "仿宋_GB2312", 32, "<w:keepNext/><w:spacing w:before=\"280\"/><w:ind w:firstLine=\"640\"/><w:outlineLvl w:val=\"3\"/>", bold: true) +
        Style("Body", "Body Text First Indent 2", "仿宋_GB2312", 32, "<w:ind w:firstLine=\"640\"/>") +
        Style("TableHeader", "Table Header", "黑体", 21, "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>") +
        Style("TableText", "Table Text", "仿宋_GB2312", 21, "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>") +
        Style("TableTextLeft", "Table Text Left", "仿宋_GB2312", 21, "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>") +
        "</w:styles>";

    private static string FontTable()
    {
        var text = new StringBuilder(Declaration).Append("<w:fonts ").Append(WNs).Append('>');
        foreach (var (name, alternatives, family) in Fonts)
        {
            // charset 86 = GB2312: Word substitutes a missing font by one of the same charset and family.
            text.Append(CultureInfo.InvariantCulture, $"<w:font w:name=\"{name}\"><w:altName w:val=\"{alternatives}\"/>")
                .Append(name == "Times New Roman" ? "" : "<w:charset w:val=\"86\"/>")
                .Append(CultureInfo.InvariantCulture, $"<w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return text.Append("</w:fonts>").ToString();
    }

    private static string Core(string title) => Declaration +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
        "<dc:title>" + System.Security.SecurityElement.Escape(XmlSafe.Clean(title)) + "</dc:title><dc:language>zh-CN</dc:language><dc:creator>Jixiao</dc:creator></cp:coreProperties>";
}
