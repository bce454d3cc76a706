using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Jixiao.Formats.Docx;

namespace Jixiao.Formats.Xlsx;

/// <summary>Cell styles of exported sheets (indices into styles.xml's cellXfs).</summary>
internal enum CellStyle
{
    Default = 0,
    Body = 1,
    Header = 2,
    Title = 3,
    /// <summary>Body text that starts with = + - @: quotePrefix keeps Excel from ever reading it as a formula.</summary>
    Neutralised = 4,
    Label = 5,
    BodyLeft = 6,
}

/// <summary>
/// Builds one worksheet: rows of inline-string or number cells, merged areas, column widths. Text is
/// always written as a string cell, never as a formula; text a spreadsheet could take for one gets the
/// quote-prefix style, so that editing the cell in Excel or WPS keeps it text.
/// </summary>
internal sealed class SheetWriter(string name)
{
    private readonly List<List<(int Column, string Value, bool IsNumber, CellStyle Style)>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly List<(int Column, double Width, bool Hidden)> _columns = [];

    public string Name { get; } = name;

    /// <summary>Merges columns <paramref name="column1"/> to <paramref name="column2"/> (0-based) of one row.</summary>
    public void MergeAcross(int row, int column1, int column2) => Merge(row, column1, row, column2);

    /// <summary>Whether the sheet is hidden in the workbook (Excel's 隐藏工作表; the user can show it again).</summary>
    public bool Hidden { get; init; }

    /// <summary>The 1-based number of the next row.</summary>
    public int NextRow => _rows.Count + 1;

    public SheetWriter Column(int column, double width, bool hidden = false)
    {
        _columns.Add((column, width, hidden));
        return this;
    }

    /// <summary>Adds a row; null cells are left empty. Returns the row's 1-based number.</summary>
    public int Row(CellStyle style, params string?[] cells)
    {
        var row = new List<(int, string, bool, CellStyle)>(cells.Length);
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { } text)
            {
                row.Add((c, text, false, style));
            }
        }
        _rows.Add(row);
        return _rows.Count;
    }

    /// <summary>Sets one cell of an existing row (1-based row, 0-based column).</summary>
    public void Set(int row, int column, string value, CellStyle style, bool isNumber = false)
    {
        var cells = _rows[row - 1];
        cells.RemoveAll(c => c.Column == column);
        cells.Add((column, value, isNumber, style));
        cells.Sort((a, b) => a.Column.CompareTo(b.Column));
    }

    /// <summary>Merges the area from (row1, column1) to (row2, column2): top-left, then bottom-right (1-based rows, 0-based columns).</summary>
    public void Merge(int row1, int column1, int row2, int column2)
    {
        // A reversed area (B3:C1) is read by Excel and LibreOffice as its normalised form, which may cover other cells.
        if (row2 < row1 || column2 < column1)
        {
            throw new ArgumentException($"The merged area {Reference(row1, column1)}:{Reference(row2, column2)} does not run from top-left to bottom-right.");
        }
        if (row1 != row2 || column1 != column2)
        {
            _merges.Add($"{Reference(row1, column1)}:{Reference(row2, column2)}");
        }
    }

    public void Write(ZipArchive zip, string path)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        const string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        xml.WriteStartDocument(true);
        xml.WriteStartElement("worksheet", ns);
        if (_columns.Count > 0)
        {
            xml.WriteStartElement("cols", ns);
            foreach (var (column, width, hidden) in _columns.OrderBy(c => c.Column))
            {
                xml.WriteStartElement("col", ns);
                xml.WriteAttributeString("min", Number(column + 1));
                xml.WriteAttributeString("max", Number(column + 1));
                xml.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customWidth", "1");
                if (hidden) xml.WriteAttributeString("hidden", "1");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("sheetData", ns);
        for (var r = 0; r < _rows.Count; r++)
        {
            xml.WriteStartElement("row", ns);
            xml.WriteAttributeString("r", Number(r + 1));
            foreach (var (column, value, isNumber, style) in _rows[r])
            {
                Cell(xml, ns, r + 1, column, value, isNumber, style);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (_merges.Count > 0)
        {
            xml.WriteStartElement("mergeCells", ns);
            xml.WriteAttributeString("count", Number(_merges.Count));
            foreach (var merge in _merges)
            {
                xml.WriteStartElement("mergeCell", ns);
                xml.WriteAttributeString("ref", merge);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("pageSetup", ns);
        xml.WriteAttributeString("paperSize", "9");
        xml.WriteAttributeString("orientation", "landscape");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Cell(XmlWriter xml, string ns, int row, int column, string value, bool isNumber, CellStyle style)
    {
        xml.WriteStartElement("c", ns);
        xml.WriteAttributeString("r", Reference(row, column));
        var effective = !isNumber && IsFormulaLike(value) ? CellStyle.Neutralised : style;
        if (effective != CellStyle.Default)
        {
            xml.WriteAttributeString("s", Number((int)effective));
        }
        if (isNumber)
        {
            xml.WriteElementString("v", ns, value);
        }
        else
        {
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is", ns);
            xml.WriteStartElement("t", ns);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(XmlSafe.Clean(value));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Text that Excel, WPS or LibreOffice would take for a formula when the cell is edited or exported to CSV.</summary>
    public static bool IsFormulaLike(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Reference(int row, int column) => ColumnName(column) + Number(row);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + (c - 1) % 26) + name;
        }
        return name;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
