namespace Jixiao.Targets;

/// <summary>
/// What the parser needs to know about where a target stands. A number without comparator means
/// "reach this" (≥) for 数量/质量/时效 indicators and "stay within" (≤) for 成本 and money (rules.md §2).
/// </summary>
public readonly record struct TargetContext(Comparator ImpliedComparator = Comparator.GreaterOrEqual)
{
    public static TargetContext Default => new(Comparator.GreaterOrEqual);

    public static TargetContext Cost => new(Comparator.LessOrEqual);

    /// <summary>The context for an indicator under the given level-1 and level-2 names.</summary>
    public static TargetContext For(string? level1, string? level2) =>
        (level1?.Contains("成本", StringComparison.Ordinal) ?? false) || (level2?.Contains("成本", StringComparison.Ordinal) ?? false)
            ? Cost
            : Default;
}
