using System.Globalization;
using Jixiao.Diagnostics;

namespace Jixiao.Evaluation;

/// <summary>Renders evaluation texts from the message catalogue (Resources/evaluate.messages.tsv).</summary>
internal static class EvaluationText
{
    public static string Format(CultureInfo culture, string key, params object?[] arguments) =>
        string.Format(culture, LocalizedText.Get(key, culture), arguments);

    /// <summary>An amount in 元 shown in 万元, the unit of the 自评表.</summary>
    public static string Money(decimal yuan) => Numbers.Show(yuan / 10_000m) + "万元";

    /// <summary>A rate rounded to a hundredth of a percent: 0.95 → 95%.</summary>
    public static string Rate(decimal fraction) => Numbers.Percent(Numbers.Round(fraction, 4));
}
