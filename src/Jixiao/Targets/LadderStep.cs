namespace Jixiao.Targets;

/// <summary>
/// 评分档次 — one step of a grade ladder, such as <c>≥95优</c>: the grade is earned when
/// "actual ⊙ threshold" holds. The comparator is null when the document forgot it (<c>60差</c>).
/// </summary>
public sealed record LadderStep
{
    public LadderStep(Grade grade, Comparator? comparator, decimal value, string? unit, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Grade = grade;
        Comparator = comparator;
        Value = value;
        Unit = string.IsNullOrEmpty(unit) ? null : unit;
        Text = text;
    }

    /// <summary>The grade this step awards.</summary>
    public Grade Grade { get; }

    /// <summary>The comparison as written; null when the document has none.</summary>
    public Comparator? Comparator { get; }

    /// <summary>The threshold.</summary>
    public decimal Value { get; }

    /// <summary>The unit written with the threshold (usually % or none).</summary>
    public string? Unit { get; }

    /// <summary>The step exactly as written, e.g. <c>≥95优</c>.</summary>
    public string Text { get; }

    /// <summary>How the step reads when normalised: <c>≥ 95 优</c>.</summary>
    public string Describe() =>
        $"{Comparator?.Symbol() ?? "?"}{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Unit}{Grade.ChineseName()}";
}
