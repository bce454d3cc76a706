using System.Collections.Immutable;

namespace Jixiao.Goals.Categories;

/// <summary>
/// 一级指标 as written in <c>taxonomy.json</c> or in a region's profile (the <c>categories</c> section): its
/// name and 二级指标, and what the checks and the scoring need to know about it. A region's entry may give
/// only the name and subcategories: what it leaves out is taken from the default category of the same name.
/// </summary>
/// <param name="Name">The standard name (产出指标).</param>
/// <param name="Subcategories">Its 二级指标. A 二级 that is itself the name of a 一级 (成本指标 under 产出) nests that category here.</param>
/// <param name="Required">Every fund needs one (产出, 效益, 满意度; rules.md §1).</param>
/// <param name="ExpectEverySubcategory">Advise when a fund covers only some of its 二级 (产出).</param>
public sealed record CategorySpec(string Name, ImmutableArray<string> Subcategories = default, bool Required = false, bool ExpectEverySubcategory = false)
{
    public ImmutableArray<string> Subcategories { get; init; } = Subcategories.IsDefault ? [] : Subcategories;

    /// <summary>The key a scoring policy names it by (<c>output</c>); the name when not given.</summary>
    public string? Key { get; init; }

    /// <summary>Its points in the default scoring policy (产出 50, 效益 30, 满意度 10); none when it is scored with another.</summary>
    public decimal? Weight { get; init; }

    /// <summary>The key of the category whose points it shares when a policy gives it none of its own (成本 → 产出, 财预〔2020〕10号).</summary>
    public string? ScoresWith { get; init; }

    /// <summary>成本: targets are ceilings (a bare number means ≤) and money in a name is by design.</summary>
    public bool? Cost { get; init; }

    /// <summary>Words that place a 一级/二级 name the taxonomy does not list (产出类指标 → 产出), in category order.</summary>
    public ImmutableArray<string>? Words { get; init; }
}
