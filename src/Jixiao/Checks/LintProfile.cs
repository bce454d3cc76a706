using System.Collections.Immutable;
using System.Text.Json;
using Jixiao.Diagnostics;
using Jixiao.Formats.Json;
using Jixiao.Goals.Categories;

namespace Jixiao.Checks;

/// <summary>
/// 检查配置 — what the checks take as given and a region may change (rules.md: "provinces deviate, so
/// categories are data"): the accepted bases, the units per kind of measure, the vague words, severities per
/// rule, and a region's own category taxonomy and synonyms. The default is embedded
/// (<c>Checks/default-profile.json</c>; the taxonomy is <c>Goals/Categories/taxonomy.json</c>, shared with the
/// scoring and the target parser); a region's file overrides the sections it names.
/// </summary>
public sealed record LintProfile
{
    public string? Name { get; init; }

    /// <summary>A region's 一级指标 with their 二级指标, replacing the taxonomy's; null: the taxonomy's.</summary>
    public ImmutableArray<CategorySpec>? Categories { get; init; }

    /// <summary>A region's names seen in the wild → the standard name (效果指标 → 效益指标); null: the taxonomy's.</summary>
    public ImmutableDictionary<string, string>? Synonyms { get; init; }

    /// <summary>二级指标 whose targets must be numbers (数量/质量/时效/成本).</summary>
    public ImmutableArray<string>? NumericSubcategories { get; init; }

    /// <summary>指标值确定依据 accepted as standard (计划标准 …).</summary>
    public ImmutableArray<string>? Bases { get; init; }

    /// <summary>Kinds of measure recognised by the end of the indicator name, and their units.</summary>
    public ImmutableArray<MeasureSpec>? Measures { get; init; }

    /// <summary>Words that cannot be measured where a number is needed (效果明显, 及时).</summary>
    public ImmutableArray<string>? VagueWords { get; init; }

    /// <summary>Words that join two measures in one indicator (和, 及, 与).</summary>
    public ImmutableArray<string>? CompoundJoiners { get; init; }

    /// <summary>Endings that make a phrase a measure (率, 人数), for indicator-compound.</summary>
    public ImmutableArray<string>? MeasureEndings { get; init; }

    /// <summary>Words that pose inputs (money, staff, purchases) as performance.</summary>
    public ImmutableArray<string>? InputWords { get; init; }

    /// <summary>Indicator names, or endings of names, that may repeat across funds (满意度, 资金到位率: every fund has them).</summary>
    public ImmutableArray<string>? DuplicateExempt { get; init; }

    /// <summary>Rule id → error | warning | info | off, replacing the rule's default severity.</summary>
    public ImmutableDictionary<string, string>? Severities { get; init; }

    /// <summary>The embedded default profile.</summary>
    public static LintProfile Default { get; } = LoadDefault();

    /// <summary>This profile with every section that <paramref name="region"/> states taken from it.</summary>
    public LintProfile OverriddenBy(LintProfile region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return new LintProfile
        {
            Name = region.Name ?? Name,
            Categories = region.Categories ?? Categories,
            Synonyms = region.Synonyms ?? Synonyms,
            NumericSubcategories = region.NumericSubcategories ?? NumericSubcategories,
            Bases = region.Bases ?? Bases,
            Measures = region.Measures ?? Measures,
            VagueWords = region.VagueWords ?? VagueWords,
            CompoundJoiners = region.CompoundJoiners ?? CompoundJoiners,
            MeasureEndings = region.MeasureEndings ?? MeasureEndings,
            InputWords = region.InputWords ?? InputWords,
            DuplicateExempt = region.DuplicateExempt ?? DuplicateExempt,
            Severities = region.Severities is { } severities && Severities is { } own ? own.SetItems(severities) : region.Severities ?? Severities,
        };
    }

    /// <summary>Reads a profile file; a malformed one is a diagnostic naming the file, not an exception.</summary>
    public static (LintProfile? Profile, Diagnostic? Error) Read(ReadOnlySpan<byte> json, string fileName)
    {
        try
        {
            var profile = JsonSerializer.Deserialize(json, ConfigJsonContext.Default.LintProfile);
            if (profile is null)
            {
                return (null, Diagnostic.Error("profile-invalid", null, "Lint.ProfileInvalid", fileName, "null"));
            }
            if (profile.FirstNullEntry() is { } section)
            {
                return (null, Diagnostic.Error("profile-invalid", null, "Lint.ProfileInvalid", fileName, section + ": null"));
            }
            // A misspelt level would silently keep the default: say so instead.
            foreach (var (rule, level) in profile.Severities ?? ImmutableDictionary<string, string>.Empty)
            {
                if (level is not ("error" or "warning" or "info" or "off"))
                {
                    return (null, Diagnostic.Error("profile-invalid", null, "Lint.ProfileSeverity", fileName, rule, level));
                }
            }
            if (profile.Categories is { } categories && Taxonomy.Problem(Taxonomy.Default.Completed(categories)) is { } problem)
            {
                return (null, Diagnostic.Error("profile-invalid", null, "Lint.ProfileInvalid", fileName, problem));
            }
            return (profile, null);
        }
        catch (JsonException exception)
        {
            return (null, Diagnostic.Error("profile-invalid", null, "Lint.ProfileInvalid", fileName, exception.Message));
        }
    }

    /// <summary>The first list that holds a null (JSON <c>[null]</c>), which no rule could use.</summary>
    private string? FirstNullEntry()
    {
        (string Name, IEnumerable<string?>? Items)[] sections =
        [
            ("numericSubcategories", NumericSubcategories), ("bases", Bases), ("vagueWords", VagueWords),
            ("compoundJoiners", CompoundJoiners), ("measureEndings", MeasureEndings), ("inputWords", InputWords),
            ("duplicateExempt", DuplicateExempt), ("synonyms", Synonyms?.Values),
            ("categories", Categories?.SelectMany(c => c.Subcategories)),
            ("measures", Measures?.SelectMany(m => m.NameEndings.Concat(m.Units))),
        ];
        return sections.FirstOrDefault(s => s.Items?.Any(item => item is null) ?? false).Name;
    }

    private static LintProfile LoadDefault()
    {
        using var stream = typeof(LintProfile).Assembly.GetManifestResourceStream("Jixiao.Checks.default-profile.json")
            ?? throw new InvalidOperationException("The default lint profile is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), "default-profile.json").Profile
            ?? throw new InvalidOperationException("The embedded default lint profile is malformed.");
    }
}

/// <summary>
/// A kind of measure (rate, time, money): the name endings that announce it, the units it takes and,
/// for shares, the ceiling a target cannot pass (100 for a rate in %).
/// </summary>
public sealed record MeasureSpec(string Kind, ImmutableArray<string> NameEndings, ImmutableArray<string> Units, decimal? Ceiling = null)
{
    public ImmutableArray<string> NameEndings { get; init; } = NameEndings.IsDefault ? [] : NameEndings;

    public ImmutableArray<string> Units { get; init; } = Units.IsDefault ? [] : Units;
}
