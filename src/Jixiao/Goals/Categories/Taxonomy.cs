using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Jixiao.Goals.Categories;

/// <summary>
/// 指标体系 — the one category taxonomy (一级 → 二级 with the synonyms found in real documents, the default
/// points of each 一级, which 一级 are costs and which nest under another) that the checks, the scoring and the
/// target parser all read. The default is <c>taxonomy.json</c> (embedded); a region's lint profile may
/// override it. Every accepted spelling is looked up in a frozen dictionary, so classifying an indicator
/// costs two hash lookups.
/// </summary>
public sealed class Taxonomy
{
    private const string Suffix = "指标";
    private readonly FrozenDictionary<string, CategoryName> _level1;
    private readonly FrozenDictionary<string, CategoryName> _level2;
    private readonly FrozenDictionary<string, Category> _byKey;

    /// <summary>Builds a taxonomy; the specs must be sound (<see cref="Problem"/> says what is not).</summary>
    public Taxonomy(IEnumerable<CategorySpec> categories, IReadOnlyDictionary<string, string> synonyms)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(synonyms);
        ImmutableArray<CategorySpec> specs = [.. categories];
        if (Problem(specs) is { } problem)
        {
            throw new ArgumentException(problem, nameof(categories));
        }
        Specs = specs;
        Synonyms = synonyms.ToImmutableDictionary(StringComparer.Ordinal);
        Categories = [.. specs.Select(s => new Category(s, s.Key ?? s.Name))];
        _byKey = Categories.ToFrozenDictionary(c => c.Key, StringComparer.Ordinal);
        foreach (var (category, spec) in Categories.Zip(specs))
        {
            category.ScoresWith = spec.ScoresWith is { } with ? _byKey[with] : null;
            category.Within = Categories.FirstOrDefault(c => c != category && c.Subcategories.Contains(category.Name));
        }
        var level1 = new Dictionary<string, CategoryName>(StringComparer.Ordinal);
        var level2 = new Dictionary<string, CategoryName>(StringComparer.Ordinal);
        foreach (var category in Categories)
        {
            AddSpellings(level1, category.Name, new CategoryName(NameStatus.Standard, category.Name, null, category));
            foreach (var sub in category.Subcategories)
            {
                // 成本指标 is both a level-1 (101号) and a level-2 under 产出: the first parent wins for level 2.
                AddSpellings(level2, sub, new CategoryName(NameStatus.Standard, sub, category.Name, category));
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

    /// <summary>The embedded default: 财预〔2020〕10号 and 财预〔2021〕101号 (rules.md §1).</summary>
    public static Taxonomy Default { get; } = TaxonomyFile.LoadDefault();

    /// <summary>一级指标 in order.</summary>
    public ImmutableArray<Category> Categories { get; }

    /// <summary>The specs it was built from, for overriding.</summary>
    public ImmutableArray<CategorySpec> Specs { get; }

    /// <summary>Names seen in the wild → the standard name (效果指标 → 效益指标).</summary>
    public ImmutableDictionary<string, string> Synonyms { get; }

    /// <summary>The category a scoring policy names by this key, or null.</summary>
    public Category? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// This taxonomy with a region's categories and synonyms (either may be null: kept). A region's category
    /// that leaves out its key, points, words, cost flag or scoring group takes them from the category of the
    /// same name here.
    /// </summary>
    public Taxonomy OverriddenBy(IEnumerable<CategorySpec>? categories, IReadOnlyDictionary<string, string>? synonyms)
    {
        if (categories is null && synonyms is null)
        {
            return this;
        }
        return new Taxonomy(categories is null ? Specs : Completed(categories), synonyms ?? Synonyms);
    }

    /// <summary>Region specs with what they leave out taken from the same-named default category.</summary>
    public ImmutableArray<CategorySpec> Completed(IEnumerable<CategorySpec> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ImmutableArray<CategorySpec> region = [.. categories];
        var names = region.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return [.. region.Select(spec => Specs.FirstOrDefault(d => d.Name == spec.Name) is { } known
            ? spec with
            {
                Key = spec.Key ?? known.Key,
                Weight = spec.Weight ?? known.Weight,
                Cost = spec.Cost ?? known.Cost,
                Words = spec.Words ?? known.Words,
                // Scored with a category the region dropped: on its own instead.
                ScoresWith = spec.ScoresWith ?? (known.ScoresWith is { } with && Specs.FirstOrDefault(d => (d.Key ?? d.Name) == with) is { } target
                    && names.Contains(target.Name) ? with : null),
            }
            : spec)];
    }

    /// <summary>What is wrong with a list of categories (a duplicate key, a scoring group that is not one of them), or null.</summary>
    public static string? Problem(IReadOnlyList<CategorySpec> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in categories)
        {
            if (string.IsNullOrWhiteSpace(spec.Name))
            {
                return "categories: a category without a name";
            }
            if (!keys.Add(spec.Key ?? spec.Name))
            {
                return $"categories: the key '{spec.Key ?? spec.Name}' twice";
            }
        }
        foreach (var spec in categories)
        {
            if (spec.ScoresWith is { } with && (!keys.Contains(with) || with == (spec.Key ?? spec.Name)))
            {
                return $"categories.{spec.Key ?? spec.Name}.scoresWith: '{with}' is not another category's key";
            }
            if (spec.ScoresWith is { } other && categories.First(c => (c.Key ?? c.Name) == other).ScoresWith is not null)
            {
                return $"categories.{spec.Key ?? spec.Name}.scoresWith: '{other}' is itself scored with another category";
            }
        }
        return null;
    }

    public CategoryName ResolveLevel1(string written) => Resolve(_level1, written);

    public CategoryName ResolveLevel2(string written) => Resolve(_level2, written);

    /// <summary>
    /// Where an indicator written under these 一级/二级 names stands: both names resolved, the 一级 the table
    /// puts it under, and the category it is — 成本指标 whether it stands at level 1 (101号) or as a 二级 under
    /// 产出. An unlisted name is placed by its words (产出类指标 → 产出) but stays <see cref="NameStatus.Unknown"/>;
    /// a 一级 that fits nothing leaves the indicator without a category.
    /// </summary>
    public Classification Classify(string? level1, string? level2)
    {
        var one = ResolveLevel1(level1 ?? "");
        var two = ResolveLevel2(level2 ?? "");
        // A table that writes only the 二级 (the 一级 left blank) places the indicator by it.
        var table = one.Category ?? ByWords(level1) ?? (one.Status == NameStatus.Empty ? two.Category : null);
        return new Classification(one, two, table, CategoryOf(table, two, level2));
    }

    private Category? CategoryOf(Category? table, CategoryName two, string? level2)
    {
        if (table is null)
        {
            return null;
        }
        // A 二级 that names a category nested in the table's (成本指标 under 产出) is that category.
        var named = two.Standard is { } standard ? _level1.GetValueOrDefault(standard).Category : null;
        // So is a 二级 of such a category (经济成本指标 under 产出), or an unlisted one whose words say so (成本控制).
        var nested = named ?? two.Category ?? (two.Status == NameStatus.Unknown ? ByWords(level2) : null);
        return nested is not null && nested.Within == table ? nested : table;
    }

    /// <summary>The first category (in order) one of whose words the name contains, or null.</summary>
    private Category? ByWords(string? written)
    {
        if (string.IsNullOrEmpty(written))
        {
            return null;
        }
        foreach (var category in Categories)
        {
            foreach (var word in category.Words)
            {
                if (written.Contains(word, StringComparison.Ordinal))
                {
                    return category;
                }
            }
        }
        return null;
    }

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
        var bare = CategoryLabel.Bare(written);
        if (bare.Length > 0 && bare != written && names.TryGetValue(bare, out found))
        {
            return found;
        }
        return new CategoryName(NameStatus.Unknown, null, null);
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
