namespace Jixiao.Goals.Categories;

/// <summary>
/// 指标分类 — where one indicator stands in the <see cref="Taxonomy"/>: its written 一级/二级 names resolved, the
/// 一级 the table puts it under (<see cref="Level1Category"/>) and the category it is (<see cref="Category"/>).
/// The two differ only for a nested category: a 成本指标 written as a 二级 under 产出 is under 产出 and is 成本.
/// Checks, scoring and the target parser all take an indicator's category from here.
/// </summary>
/// <param name="Level1">The 一级指标 as written, resolved (status, standard name).</param>
/// <param name="Level2">The 二级指标 as written, resolved (status, standard name, the 一级 it belongs under).</param>
/// <param name="Level1Category">The category of the 一级 name, placed by its words when the name is not listed; null when none fits.</param>
/// <param name="Category">The category the indicator is; null when its 一级 fits none.</param>
public readonly record struct Classification(CategoryName Level1, CategoryName Level2, Category? Level1Category, Category? Category)
{
    /// <summary>A cost indicator (成本指标 at level 1, or as a 二级 under 产出): its targets are ceilings.</summary>
    public bool IsCost => Category?.IsCost ?? false;
}
