using System.Globalization;
using System.Text.Json;
using Jixiao.Evaluation.Actuals;

namespace Jixiao.Data.Persistence;

/// <summary>
/// How a measured text is stored beside itself: its interpretation by the library's reader (kind, number, unit or
/// tier) as JSON, and amounts as exact 分. The evaluation always reads the text again; these are for SQL and roll-ups.
/// </summary>
internal static class MeasuredValue
{
    public static string? Interpret(string? text)
    {
        if (text is null || !ActualValueReader.TryRead(text, out var value))
        {
            return null;
        }
        return value.Kind switch
        {
            ActualKind.Number => JsonSerializer.Serialize(new { kind = "number", number = value.Number.ToString(CultureInfo.InvariantCulture), unit = value.Unit }),
            ActualKind.Tier => JsonSerializer.Serialize(new { kind = "tier", tier = value.Tier.ToString() }),
            _ => JsonSerializer.Serialize(new { kind = "not-applicable" }),
        };
    }

    /// <summary>The amount in 分 when the text is a non-negative amount with a money unit, exact to the 分.</summary>
    public static long? Fen(string? text)
    {
        if (text is null || !ActualValueReader.TryRead(text, out var value) || value.Kind != ActualKind.Number
            || value.Number < 0 || MoneyUnits.Factor(value.Unit) is not { } factor)
        {
            return null;
        }
        return FenOf(value.Number * factor);
    }

    /// <summary>An amount in 元 as 分, when it is exact to the 分 (the one rule every stored amount in 分 follows).</summary>
    public static long? FenOf(decimal? yuan) => Hundredths(yuan);

    /// <summary>A number in hundredths when it has at most two decimals (分 of a 元, hundredths of a point).</summary>
    public static long? Hundredths(decimal? number)
    {
        if (number is not { } n)
        {
            return null;
        }
        var hundredths = n * 100m;
        return hundredths == decimal.Truncate(hundredths) && hundredths is <= long.MaxValue and >= long.MinValue ? (long)hundredths : null;
    }
}
