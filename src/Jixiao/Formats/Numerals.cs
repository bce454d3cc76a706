using System.Globalization;

namespace Jixiao.Formats;

/// <summary>
/// Numbers matched by <c>\d</c> in a pattern: .NET's <c>\d</c> matches every Unicode decimal digit (full-width
/// <c>２０２０</c>, Arabic-Indic, Devanagari …) while <c>int.Parse</c> takes ASCII only, and a run of digits can be
/// too large for any number type. Documents typed with a Chinese input method carry full-width digits, so these are
/// read as the numbers they show; a number too large gives null, never an exception.
/// </summary>
internal static class Numerals
{
    /// <summary>The text with every Unicode decimal digit replaced by its ASCII digit.</summary>
    public static string Ascii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(char.IsAscii))
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var digit = CharUnicodeInfo.GetDecimalDigitValue(source[i]);
                span[i] = digit >= 0 ? (char)('0' + digit) : source[i];
            }
        });
    }

    /// <summary>A whole number in any script's digits; null when it is not one or is out of range.</summary>
    public static int? Int(string digits) =>
        int.TryParse(Ascii(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A decimal number (digits, an optional point) in any script's digits; null when out of range.</summary>
    public static decimal? Decimal(string digits) =>
        decimal.TryParse(Ascii(digits), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
