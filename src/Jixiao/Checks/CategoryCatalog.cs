using System.Collections.Frozen;

namespace Jixiao.Checks;

/// <summary>How a written 一级/二级 name relates to the standard taxonomy.</summary>
public enum NameStatus
{
    /// <summary>A standard name, or an accepted spelling of one (社会效益, 产出指标(50分)).</summary>
    Standard,
    /// <summary>A known non-standard name with a standard equivalent (效果指标 → 效益指标).</summary>
    Synonym,
    /// <summary>Not a name the profile knows.</summary>
    Unknown,
    /// <summary>Left blank.</summary>
    Empty,
}

/// <summary>
/// A written category name resolved: its status, the standard name it stands for (null when unknown)
/// and, for a 二级指标, the 一级指标 it belongs under.
/// </summary>
public readonly record struct CategoryName(NameStatus Status, string? Standard, string? Parent)
{
    public static CategoryName Empty => new(NameStatus.Empty, null, null);
}

/// <summary>
/// 指标体系 — the category taxonomy of a profile, with every accepted spelling looked up in one frozen
/// dictionary so that classifying an indicator costs two hash lookups.
/// </summary>
public sealed class CategoryCatalog
{
    private const string Suffix = "指标";
    private readonly FrozenDictionary<string, CategoryName> _level1;
    private readonly FrozenDictionary<string, CategoryName> _level2;

    public CategoryCatalog(IEnumerable<CategorySpec> categories, IReadOnlyDictionary<string, string> synonyms)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(synonyms);
        Categories = [.. categories];
        var level1 = new Dictionary<string, CategoryName>(StringComparer.Ordinal);
        var level2 = new Dictionary<string, CategoryName>(StringComparer.Ordinal);
        foreach (var category in Categories)
        {
            AddSpellings(level1, category.Name, new CategoryName(NameStatus.Standard, category.Name, null));
            foreach (var sub in category.Subcategories)
            {
                // 成本指标 is both a level-1 (101号) and a level-2 under 产出: the first parent wins for level 2.
                AddSpellings(level2, sub, new CategoryName(NameStatus.Standard, sub, category.Name));
            }
        }
        foreach (var (written, standard) in synonyms)
        {
            if (level1.TryGetValue(standard, out var one) && one.Status == NameStatus.Standard)
            {
                AddSpellings(level1, written, one with { Status = NameStatus.Synonym });
            }
            if (level2.TryGetValue(standard, out var two) && two.Status == NameStatus.Standard)
            {
                AddSpellings(level2, written, two with { Status = NameStatus.Synonym });
            }
        }
        _level1 = level1.ToFrozenDictionary(StringComparer.Ordinal);
        _level2 = level2.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<CategorySpec> Categories { get; }

    public CategoryName ResolveLevel1(string written) => Resolve(_level1, written);

    public CategoryName ResolveLevel2(string written) => Resolve(_level2, written);

    private static CategoryName Resolve(FrozenDictionary<string, CategoryName> names, string written)
    {
        if (written.Length == 0)
        {
            return CategoryName.Empty;
        }
        if (names.TryGetValue(written, out var found))
        {
            return found;
        }
        // The slow path, for labels that carry their weight (产出指标(50分)) or stray spaces.
        var bare = StripWeight(written);
        if (bare.Length > 0 && bare != written && names.TryGetValue(bare, out found))
        {
            return found;
        }
        return new CategoryName(NameStatus.Unknown, null, null);
    }

    /// <summary>产出指标（50分） → 产出指标; white space removed.</summary>
    private static string StripWeight(string written)
    {
        var text = string.Concat(written.Where(c => !char.IsWhiteSpace(c)));
        var open = text.IndexOfAny(['(', '（']);
        return open > 0 && text[^1] is ')' or '）' ? text[..open] : text;
    }

    private static void AddSpellings(Dictionary<string, CategoryName> names, string name, CategoryName resolved)
    {
        names.TryAdd(name, resolved);
        // 二级 may be written without 指标 (社会效益); 一级 as well in some tables (产出).
        if (name.EndsWith(Suffix, StringComparison.Ordinal) && name.Length > Suffix.Length)
        {
            names.TryAdd(name[..^Suffix.Length], resolved);
        }
        else
        {
            names.TryAdd(name + Suffix, resolved);
        }
    }
}
