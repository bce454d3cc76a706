using Jixiao.Goals.Categories;

namespace Jixiao.Targets;

/// <summary>
/// What the parser needs to know about where a target stands. A number without comparator means
/// "reach this" (≥) for 数量/质量/时效 indicators and "stay within" (≤) for 成本 and money (rules.md §2).
/// </summary>
public readonly record struct TargetContext(Comparator ImpliedComparator = Comparator.GreaterOrEqual)
{
    public static TargetContext Default => new(Comparator.GreaterOrEqual);

    public static TargetContext Cost => new(Comparator.LessOrEqual);

    /// <summary>The context for an indicator under the given level-1 and level-2 names, as the taxonomy classifies them.</summary>
    public static TargetContext For(string? level1, string? level2) => For(Taxonomy.Default.Classify(level1, level2));

    /// <summary>The context of a classified indicator: a cost (成本指标 at level 1 or under 产出) reads a bare number as ≤.</summary>
    public static TargetContext For(in Classification classification) => classification.IsCost ? Cost : Default;
}
