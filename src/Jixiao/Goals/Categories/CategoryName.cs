namespace Jixiao.Goals.Categories;

/// <summary>How a written 一级/二级 name relates to the standard taxonomy.</summary>
public enum NameStatus
{
    /// <summary>A standard name, or an accepted spelling of one (社会效益, 产出指标(50分)).</summary>
    Standard,
    /// <summary>A known non-standard name with a standard equivalent (效果指标 → 效益指标).</summary>
    Synonym,
    /// <summary>Not a name the taxonomy knows.</summary>
    Unknown,
    /// <summary>Left blank.</summary>
    Empty,
}

/// <summary>
/// 指标名称 resolved — a written category name: its status, the standard name it stands for (null when unknown)
/// and the 一级指标 it is or belongs under (<paramref name="Category"/>; for a 二级 also its name, <paramref name="Parent"/>).
/// </summary>
public readonly record struct CategoryName(NameStatus Status, string? Standard, string? Parent, Category? Category = null)
{
    public static CategoryName Empty => new(NameStatus.Empty, null, null);

    /// <summary>The name is standard or a known synonym.</summary>
    public bool IsKnown => Status is NameStatus.Standard or NameStatus.Synonym;
}
