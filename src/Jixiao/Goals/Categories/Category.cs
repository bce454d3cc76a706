using System.Collections.Immutable;

namespace Jixiao.Goals.Categories;

/// <summary>
/// 一级指标 — a first-level category of the taxonomy (产出指标, 效益指标, 满意度指标, 成本指标), with its 二级指标
/// and what the checks, the scoring and the target parser read from it. Built only by <see cref="Taxonomy"/>,
/// which links <see cref="Within"/> and <see cref="ScoresWith"/>, so a category in hand is consistent.
/// </summary>
public sealed class Category
{
    internal Category(CategorySpec spec, string key)
    {
        Key = key;
        Name = spec.Name;
        Subcategories = spec.Subcategories;
        Required = spec.Required;
        ExpectEverySubcategory = spec.ExpectEverySubcategory;
        Weight = spec.Weight;
        IsCost = spec.Cost ?? false;
        Words = spec.Words ?? [];
    }

    /// <summary>The key a scoring policy names it by (<c>output</c>, <c>cost</c>).</summary>
    public string Key { get; }

    /// <summary>The standard name (产出指标).</summary>
    public string Name { get; }

    /// <summary>二级指标 in order (数量指标, 质量指标, 时效指标, 成本指标).</summary>
    public ImmutableArray<string> Subcategories { get; }

    /// <summary>Every fund needs one (rules.md §1).</summary>
    public bool Required { get; }

    /// <summary>A fund should cover every 二级 (产出: subcategory-missing).</summary>
    public bool ExpectEverySubcategory { get; }

    /// <summary>Points in the default scoring policy, or null when it is scored with <see cref="ScoresWith"/>.</summary>
    public decimal? Weight { get; }

    /// <summary>成本: targets are ceilings, so a bare number reads as ≤ (rules.md §2), and money in a name is by design.</summary>
    public bool IsCost { get; }

    /// <summary>Words that place an unlisted name here (产出, 项目完成).</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>
    /// The category that lists this one's name among its 二级 (成本指标 under 产出, as documents before 101号 write
    /// it); null for a category that stands only at level 1.
    /// </summary>
    public Category? Within { get; internal set; }

    /// <summary>The category whose points this one shares unless a scoring policy gives it its own (成本 → 产出).</summary>
    public Category? ScoresWith { get; internal set; }

    public override string ToString() => Name;
}
