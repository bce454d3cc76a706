using System.Globalization;

namespace Jixiao.Evaluation;

/// <summary>How scores are rounded and shown.</summary>
public static class Numbers
{
    /// <summary>四舍五入 to <paramref name="decimals"/> places, as Chinese finance tables round.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A number without trailing zeros, invariant culture: <c>9.5</c>, <c>50</c>, <c>89.99</c>.</summary>
    public static string Show(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage: 0.95 → <c>95%</c>.</summary>
    public static string Percent(decimal fraction) => Show(fraction * 100) + "%";
}

/// <summary>
/// A number in a message, formatted only when the message is shown (<see cref="Numbers.Show"/>), so that
/// findings raised while scoring a province cost no text until someone reads them.
/// </summary>
internal readonly record struct ShownNumber(decimal Value) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) => Numbers.Show(Value);

    public override string ToString() => Numbers.Show(Value);
}
