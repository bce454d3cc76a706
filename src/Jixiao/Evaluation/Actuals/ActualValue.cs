using System.Globalization;

namespace Jixiao.Evaluation.Actuals;

/// <summary>What an actual value is: a number, a qualitative tier, or "not applicable".</summary>
public enum ActualKind
{
    /// <summary>A number with an optional unit (<c>96</c>, <c>96%</c>, <c>1200人次</c>).</summary>
    Number,
    /// <summary>A qualitative tier (<c>完成</c>, <c>部分达成</c>, <c>有效</c>).</summary>
    Tier,
    /// <summary>不适用: the indicator does not apply this year; it is dropped and the rest rescaled.</summary>
    NotApplicable,
}

/// <summary>
/// 实际完成值 — an actual value as Jixiao understood it. <see cref="Text"/> is always what the user wrote.
/// A number's <see cref="Unit"/> is null when none was written: it is then read in the target's unit,
/// which is what the 实际完成值 column of a 自评表 means.
/// </summary>
public readonly record struct ActualValue
{
    private ActualValue(ActualKind kind, string text, decimal number, string? unit, QualitativeTier tier)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Unit = unit;
        Tier = tier;
    }

    public ActualKind Kind { get; }

    /// <summary>The value as written.</summary>
    public string Text { get; }

    /// <summary>The number, for <see cref="ActualKind.Number"/>.</summary>
    public decimal Number { get; }

    /// <summary>The unit written with the number (百分比 → %), or null.</summary>
    public string? Unit { get; }

    /// <summary>The tier, for <see cref="ActualKind.Tier"/>.</summary>
    public QualitativeTier Tier { get; }

    public static ActualValue OfNumber(decimal number, string? unit, string text) => new(ActualKind.Number, text, number, unit, default);

    public static ActualValue OfTier(QualitativeTier tier, string text) => new(ActualKind.Tier, text, 0, null, tier);

    public static ActualValue NotApplicable(string text) => new(ActualKind.NotApplicable, text, 0, null, default);

    /// <summary>The number with its unit, as shown in explanations: <c>96%</c>.</summary>
    public string Show() => Kind == ActualKind.Number ? Numbers.Show(Number) + Unit : Text;

    /// <summary>The same number in another unit (万元 → 元 …), for money only.</summary>
    public ActualValue WithNumber(decimal number, string? unit) => OfNumber(number, unit, Text);

    public override string ToString() => Kind switch
    {
        ActualKind.Number => Number.ToString(CultureInfo.InvariantCulture) + Unit,
        ActualKind.Tier or ActualKind.NotApplicable => Text,
    };
}
