using System.Globalization;
using System.Xml;
using ExcelNumberFormat;
using Jixiao.Formats.Office;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// 数字格式 — what a number cell shows in Excel, from its style's number format (styles.xml): a cell typed as
/// <c>98%</c> is stored as 0.98 with format <c>0%</c> and must read <c>98%</c>, never <c>0.98</c>; <c>0"人次"</c>
/// adds its unit, dates read as dates. Formats are applied with ExcelNumberFormat, but a format never rounds the
/// stored value away: 0.955 under <c>0%</c> reads <c>95.5%</c> (what was typed), not <c>96%</c>.
/// </summary>
internal sealed class XlsxNumberFormats
{
    /// <summary>The built-in formats of ECMA-376 §18.8.30 as Excel shows them in a Chinese locale.</summary>
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [11] = "0.00E+00",
        [12] = "# ?/?", [13] = "# ??/??", [14] = "yyyy/m/d", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy",
        [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "yyyy/m/d h:mm",
        [27] = "yyyy\"年\"m\"月\"", [28] = "m\"月\"d\"日\"", [29] = "m\"月\"d\"日\"", [30] = "m-d-yy", [31] = "yyyy\"年\"m\"月\"d\"日\"",
        [32] = "h\"时\"mm\"分\"", [33] = "h\"时\"mm\"分\"ss\"秒\"", [36] = "yyyy\"年\"m\"月\"",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0",
        [50] = "yyyy\"年\"m\"月\"", [51] = "m\"月\"d\"日\"", [52] = "yyyy\"年\"m\"月\"", [53] = "m\"月\"d\"日\"", [54] = "m\"月\"d\"日\"",
        [57] = "yyyy\"年\"m\"月\"", [58] = "m\"月\"d\"日\"",
    };

    private readonly NumberFormat?[] _byStyle;

    private XlsxNumberFormats(NumberFormat?[] byStyle) => _byStyle = byStyle;

    public static XlsxNumberFormats None { get; } = new([]);

    /// <summary>The number format of each cell style (cellXfs) of a workbook's styles part.</summary>
    public static XlsxNumberFormats Read(byte[]? styles)
    {
        if (styles is null)
        {
            return None;
        }
        var custom = new Dictionary<int, string>();
        var styleFormats = new List<int>();
        using var reader = SafeXml.Reader(styles);
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "numFmt" && Int(reader.GetAttribute("numFmtId")) is { } id && reader.GetAttribute("formatCode") is { } code)
            {
                custom[id] = code;
            }
            else if (reader.LocalName == "cellXfs")
            {
                inCellXfs = !reader.IsEmptyElement;
            }
            else if (inCellXfs && reader.LocalName == "xf" && styleFormats.Count < 65_536)
            {
                styleFormats.Add(Int(reader.GetAttribute("numFmtId")) ?? 0);
            }
        }
        var cache = new Dictionary<int, NumberFormat?>();
        return new XlsxNumberFormats([.. styleFormats.Select(id => cache.TryGetValue(id, out var known) ? known : cache[id] = Format(id, custom))]);
    }

    private static NumberFormat? Format(int id, Dictionary<int, string> custom)
    {
        var code = custom.TryGetValue(id, out var own) ? own : BuiltIn.GetValueOrDefault(id);
        if (code is null || code is "General" or "@")
        {
            return null;
        }
        var format = new NumberFormat(code);
        return format.IsValid ? format : null;
    }

    /// <summary>What the cell shows: the stored number under its style's format, with the stored precision kept.</summary>
    public string Display(string stored, int? style)
    {
        if (style is not { } index || index < 0 || index >= _byStyle.Length || _byStyle[index] is not { } format
            || !double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return stored;
        }
        if (format.IsDateTimeFormat)
        {
            return value is >= 0 and < 2_958_466 ? format.Format(value, CultureInfo.InvariantCulture) : stored;
        }
        var shown = format.Format(value, CultureInfo.InvariantCulture);
        var percent = IsPercent(format.FormatString);
        return KeepPrecision(shown, Exact(stored, percent));
    }

    /// <summary>The stored value as written (×100 under a percent format), without a double's noise or trailing zeros.</summary>
    private static decimal? Exact(string stored, bool percent)
    {
        if (!decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        if (stored.Length > 15 && double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var noisy))
        {
            value = (decimal)noisy;
        }
        return (percent ? value * 100 : value) / 1.000000000000000000000000000m;
    }

    /// <summary>The first number shown replaced by the exact one when the format rounded it (0.955 as 96% → 95.5%).</summary>
    private static string KeepPrecision(string shown, decimal? exact)
    {
        if (exact is not { } value)
        {
            return shown;
        }
        var start = -1;
        for (var i = 0; i < shown.Length; i++)
        {
            if (char.IsAsciiDigit(shown[i]))
            {
                start = i;
                break;
            }
        }
        if (start < 0)
        {
            return shown;
        }
        var end = start;
        while (end < shown.Length && (char.IsAsciiDigit(shown[end]) || shown[end] is '.' or ','))
        {
            end++;
        }
        if (decimal.TryParse(shown[start..end].Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var rounded)
            && rounded == Math.Abs(value))
        {
            return shown;
        }
        return shown[..start] + Math.Abs(value).ToString(CultureInfo.InvariantCulture) + shown[end..];
    }

    /// <summary>A % outside quoted literals and brackets (<c>0%</c>, not <c>0"%"</c>).</summary>
    private static bool IsPercent(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '[') bracket = true;
            else if (!quoted && c == ']') bracket = false;
            else if (!quoted && !bracket && c == ';') return false;
            else if (!quoted && !bracket && c == '%') return true;
        }
        return false;
    }

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
