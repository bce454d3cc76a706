using System.Text.Json.Serialization;

namespace Jixiao.Targets;

/// <summary>The kinds of target (指标值) Jixiao understands.</summary>
public enum TargetKind
{
    /// <summary>定量: comparator, number and unit (<c>≥95%</c>).</summary>
    Quantitative,
    /// <summary>区间: a range (<c>90%-95%</c>).</summary>
    Range,
    /// <summary>定性: words that judge (<c>有效提升</c>).</summary>
    Qualitative,
    /// <summary>时限: a deadline or period (<c>11月底之前</c>).</summary>
    Deadline,
    /// <summary>评分档次: a grade ladder (<c>≥95优 ≥70良 ≥50中 &lt;50差</c>).</summary>
    Ladder,
    /// <summary>文本: anything else, kept verbatim.</summary>
    Text,
}

/// <summary>
/// 指标值 — the target of an indicator. <see cref="Text"/> is always the text as written; the
/// subtypes add what Jixiao understood of it. Interpretation is derived, never a replacement.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(QuantitativeTarget), "quantitative")]
[JsonDerivedType(typeof(RangeTarget), "range")]
[JsonDerivedType(typeof(QualitativeTarget), "qualitative")]
[JsonDerivedType(typeof(DeadlineTarget), "deadline")]
[JsonDerivedType(typeof(LadderTarget), "ladder")]
[JsonDerivedType(typeof(TextTarget), "text")]
public abstract record Target
{
    protected Target(string text, TargetKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Kind = kind;
    }

    /// <summary>The target exactly as written in the document.</summary>
    [JsonPropertyOrder(-1)]
    public string Text { get; }

    /// <summary>What kind of target this is.</summary>
    [JsonIgnore]
    public TargetKind Kind { get; }

    /// <summary>The direction the target implies (≥ 正向, ≤ 反向, words 定性), when it implies one.</summary>
    [JsonIgnore]
    public Direction? ImpliedDirection => this switch
    {
        QuantitativeTarget quantity => quantity.Comparator.ImpliedDirection(),
        QualitativeTarget => Direction.Qualitative,
        LadderTarget ladder => ladder.Ladder.IsUpward ? Direction.Positive : Direction.Negative,
        _ => null,
    };
}

/// <summary>定量指标值 — "comparator number unit", e.g. <c>≥1200人次</c>, <c>≤30天</c>, <c>100%</c>.</summary>
public sealed record QuantitativeTarget : Target
{
    public QuantitativeTarget(string text, Comparator comparator, decimal value, string? unit, bool comparatorImplied = false)
        : base(text, TargetKind.Quantitative)
    {
        Comparator = comparator;
        Value = value;
        Unit = string.IsNullOrEmpty(unit) ? null : unit;
        ComparatorImplied = comparatorImplied;
    }

    public Comparator Comparator { get; }

    public decimal Value { get; }

    /// <summary>The unit, normalised (百分比 → %); null when none was written.</summary>
    public string? Unit { get; }

    /// <summary>
    /// True when the document wrote no comparator (<c>100%</c>) and Jixiao read it as "reach this" (≥)
    /// or, for cost indicators, "stay within" (≤).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ComparatorImplied { get; }


}

/// <summary>区间指标值 — a range, e.g. <c>90%-95%</c>; both ends inclusive.</summary>
public sealed record RangeTarget : Target
{
    public RangeTarget(string text, decimal low, decimal high, string? unit) : base(text, TargetKind.Range)
    {
        if (low > high)
        {
            throw new ArgumentException($"Range low {low} exceeds high {high}.", nameof(low));
        }
        Low = low;
        High = high;
        Unit = string.IsNullOrEmpty(unit) ? null : unit;
    }

    public decimal Low { get; }

    public decimal High { get; }

    public string? Unit { get; }

}

/// <summary>定性指标值 — words that judge, e.g. <c>有效提升</c>, <c>达成预期指标</c>.</summary>
public sealed record QualitativeTarget(string Text) : Target(Text, TargetKind.Qualitative)
{

}

/// <summary>时限指标值 — a deadline or period, e.g. <c>11月底之前</c>, <c>2021年1月-12月</c>.</summary>
public sealed record DeadlineTarget(string Text) : Target(Text, TargetKind.Deadline)
{
}

/// <summary>评分档次 — a grade ladder, written on one line or one table row per grade.</summary>
public sealed record LadderTarget : Target
{
    public LadderTarget(string text, GradeLadder ladder) : base(text, TargetKind.Ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        Ladder = ladder;
    }

    public GradeLadder Ladder { get; }


}

/// <summary>
/// 文本指标值 — free text kept verbatim. <see cref="Problem"/> is set when the text looked like a
/// target Jixiao should read (a number, a ladder) but could not: the diagnostic says why.
/// </summary>
public sealed record TextTarget : Target
{
    public TextTarget(string text, TargetProblem? problem = null) : base(text, TargetKind.Text) => Problem = problem;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TargetProblem? Problem { get; }


    /// <summary>An empty target (指标值 left blank).</summary>
    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}

/// <summary>Why a target that looked readable was kept as text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetProblem>))]
public enum TargetProblem
{
    /// <summary>It has numbers but no form Jixiao knows.</summary>
    [JsonStringEnumMemberName("unreadable")] Unreadable,
    /// <summary>The same text twice in a row (<c>854万854万</c>), a conversion artefact.</summary>
    [JsonStringEnumMemberName("doubled")] Doubled,
    /// <summary>Steps with grades, but some step is not a grade step (an unknown grade word).</summary>
    [JsonStringEnumMemberName("bad-ladder")] BadLadder,
    /// <summary>A range whose low end exceeds its high end.</summary>
    [JsonStringEnumMemberName("bad-range")] BadRange,
}
