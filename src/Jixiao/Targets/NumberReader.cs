using System.Globalization;

namespace Jixiao.Targets;

/// <summary>Reads the numbers of targets: <c>95</c>, <c>95.5</c>, <c>1,030,700.00</c>, <c>百分之九十八</c>.</summary>
internal static class NumberReader
{
    /// <summary>Reads an Arabic number at the start of <paramref name="text"/>; returns the characters used (0 if none).</summary>
    public static int ReadArabic(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var i = 0;
        var sawDigit = false;
        var sawDot = false;
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 40)];
        var length = 0;
        if (i < text.Length && text[i] == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            buffer[length++] = '-';
            i++;
        }
        for (; i < text.Length && length < buffer.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
                sawDigit = true;
            }
            else if (c == '.' && !sawDot && sawDigit && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                buffer[length++] = c;
                sawDot = true;
            }
            else if (c == ',' && sawDigit && !sawDot && IsThousandsGroup(text[(i + 1)..]))
            {
                continue;
            }
            else
            {
                break;
            }
        }
        if (!sawDigit)
        {
            return 0;
        }
        return decimal.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value) ? i : 0;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> rest) =>
        rest.Length >= 3 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2])
        && (rest.Length == 3 || !char.IsAsciiDigit(rest[3]));

    /// <summary>Reads a Chinese numeral (九十八, 一百二十, 两千) at the start; returns characters used.</summary>
    public static int ReadChinese(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        decimal section = 0, digit = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var d = Digit(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }
            var unit = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, '万' => 10000m, _ => 0m };
            if (unit == 0m)
            {
                break;
            }
            if (unit == 10000m)
            {
                section = (section + digit) * unit;
                value += section;
                section = 0;
            }
            else
            {
                section += (digit == 0 && unit == 10m ? 1 : digit) * unit;
            }
            digit = 0;
        }
        value += section + digit;
        return i;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };
}
