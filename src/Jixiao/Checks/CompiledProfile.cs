using System.Buffers;
using System.Collections.Frozen;
using Jixiao.Diagnostics;
using Jixiao.Goals.Categories;

namespace Jixiao.Checks;

/// <summary>
/// A <see cref="LintProfile"/> turned into lookups once, so that the rules do no parsing, sorting or
/// LINQ per indicator. Immutable and safe to share between threads.
/// </summary>
public sealed class CompiledProfile
{
    public CompiledProfile(LintProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var full = ReferenceEquals(profile, LintProfile.Default) ? profile : LintProfile.Default.OverriddenBy(profile);
        Profile = full;
        Taxonomy = Taxonomy.Default.OverriddenBy(full.Categories, full.Synonyms);
        NumericSubcategories = (full.NumericSubcategories ?? []).ToFrozenSet(StringComparer.Ordinal);
        Bases = [.. full.Bases ?? []];
        BaseSet = Bases.ToFrozenSet(StringComparer.Ordinal);
        BaseSearch = new WordSearch(Bases);
        Measures = [.. full.Measures ?? []];
        MeasureUnits = [.. Measures.Select(m => m.Units.ToFrozenSet(StringComparer.Ordinal))];
        VagueWords = (full.VagueWords ?? []).ToFrozenSet(StringComparer.Ordinal);
        CompoundJoiners = [.. full.CompoundJoiners ?? []];
        JoinerStarts = SearchValues.Create([.. CompoundJoiners.Where(j => j.Length > 0).Select(j => j[0]).Distinct()]);
        MeasureEndingLastChars = SearchValues.Create([.. Measures.SelectMany(m => m.NameEndings).Where(e => e.Length > 0).Select(e => e[^1]).Distinct()]);
        MeasureEndings = [.. full.MeasureEndings ?? []];
        InputWords = [.. full.InputWords ?? []];
        InputWordSearch = new WordSearch(InputWords);
        DuplicateExempt = [.. full.DuplicateExempt ?? []];
        RequiredCategories = [.. Taxonomy.Categories.Where(c => c.Required).Select(c => c.Name)];
    }

    public static CompiledProfile Default { get; } = new(LintProfile.Default);

    public LintProfile Profile { get; }

    /// <summary>The category taxonomy the checks classify by: the shared one, or a region's.</summary>
    public Taxonomy Taxonomy { get; }

    public FrozenSet<string> NumericSubcategories { get; }

    public string[] Bases { get; }

    /// <summary><see cref="Bases"/> as a set, for the common case of a basis written as just the standard.</summary>
    public FrozenSet<string> BaseSet { get; }

    /// <summary><see cref="Bases"/> searched for in one vectorised pass.</summary>
    public WordSearch BaseSearch { get; }

    public MeasureSpec[] Measures { get; }

    /// <summary>The units of <see cref="Measures"/>[i], as a set.</summary>
    public FrozenSet<string>[] MeasureUnits { get; }

    public FrozenSet<string> VagueWords { get; }

    public string[] CompoundJoiners { get; }

    /// <summary>The first characters of <see cref="CompoundJoiners"/>: text without any has no joiner.</summary>
    public SearchValues<char> JoinerStarts { get; }

    /// <summary>The last characters of every measure's name endings: a name ending otherwise announces no measure.</summary>
    private SearchValues<char> MeasureEndingLastChars { get; }

    public string[] MeasureEndings { get; }

    public string[] InputWords { get; }

    /// <summary><see cref="InputWords"/> searched for in one vectorised pass.</summary>
    public WordSearch InputWordSearch { get; }

    /// <summary>Names, or endings of names (满意度), that may repeat across funds.</summary>
    public string[] DuplicateExempt { get; }

    /// <summary>一级指标 every fund must have.</summary>
    public string[] RequiredCategories { get; }

    /// <summary>The index into <see cref="Measures"/> of the measure an indicator name announces, or -1.</summary>
    public int MeasureOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !MeasureEndingLastChars.Contains(name[^1]))
        {
            return -1;
        }
        for (var i = 0; i < Measures.Length; i++)
        {
            foreach (var ending in Measures[i].NameEndings)
            {
                if (name.EndsWith(ending, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>The severity a rule runs at: the profile's override, else its default; null when switched off.</summary>
    public Severity? SeverityOf(string ruleId, Severity fallback)
    {
        if (Profile.Severities is not { } severities || !severities.TryGetValue(ruleId, out var written))
        {
            return fallback;
        }
        return written switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            "off" => null,
            _ => fallback,
        };
    }
}
