using System.Collections.Immutable;
using Jixiao.Evaluation.Actuals;
using Jixiao.Goals.Categories;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Policy;

/// <summary>
/// 评分规则 — how a self-evaluation is scored (rules.md §5), as data: category weights, ladder and
/// qualitative shares, the 反向 cut-off, rounding and the total's grade bands. Built only by
/// <see cref="ScoringPolicyReader"/>, which checks every value, so a policy in hand is sound.
/// Shares and rates are fractions (0.8 for 80%).
/// </summary>
public sealed record ScoringPolicy
{
    internal ScoringPolicy() { }

    /// <summary>The default policy of rules.md §5.</summary>
    public static ScoringPolicy Default { get; } = ScoringPolicyReader.Defaults();

    /// <summary>预算执行率's points (10).</summary>
    public decimal BudgetWeight { get; init; }

    /// <summary>Below this execution rate a reason is needed (0.9).</summary>
    public decimal BudgetExplainBelow { get; init; }

    /// <summary>
    /// The weight groups (产出指标 50 …), one per key of <c>categories</c>: the taxonomy's category of that key,
    /// the categories scored with it (成本 with 产出, unless a group <c>cost</c> exists), and names with its words.
    /// </summary>
    public ImmutableArray<CategoryPolicy> Categories { get; init; } = [];

    /// <summary>The taxonomy that classifies the indicators (the one the checks and the target parser use).</summary>
    public Taxonomy Taxonomy { get; init; } = Taxonomy.Default;

    /// <summary>The share of the points each grade earns, indexed by <see cref="Grade"/>.</summary>
    public ImmutableArray<decimal> LadderShares { get; init; } = [];

    /// <summary>The qualitative tiers, indexed by <see cref="QualitativeTier"/>.</summary>
    public ImmutableArray<TierPolicy> Tiers { get; init; } = [];

    /// <summary>反向: at this multiple of the target the score reaches 0 (2).</summary>
    public decimal NegativeZeroMultiple { get; init; }

    /// <summary>正向: an actual at or beyond this multiple of the target suggests the target was set too low (1.5).</summary>
    public decimal TargetTooLowRatio { get; init; }

    /// <summary>Decimal places of every score (2).</summary>
    public int Decimals { get; init; }

    /// <summary>The lowest total of 优, 良 and 中 (90, 80, 60); below the last, 差.</summary>
    public ImmutableArray<decimal> GradeBands { get; init; } = [];

    /// <summary>How the department's total is made from its funds' totals.</summary>
    public DepartmentTotal DepartmentTotal { get; init; }

    /// <summary>Policies for named funds, already merged over this one.</summary>
    public ImmutableDictionary<string, ScoringPolicy> FundPolicies { get; init; } = ImmutableDictionary<string, ScoringPolicy>.Empty;

    /// <summary>The policy that applies to a fund: its own override, else this one.</summary>
    public ScoringPolicy For(string fundName) => FundPolicies.TryGetValue(fundName, out var policy) ? policy : this;

    /// <summary>The weight group an indicator under these names is scored in, or null when none fits.</summary>
    public CategoryPolicy? CategoryOf(string level1, string? level2 = null) =>
        GroupIndexOf(Taxonomy.Classify(level1, level2), level1) is var index and >= 0 ? Categories[index] : null;

    /// <summary>
    /// The index in <see cref="Categories"/> of the group of a classified indicator, or -1: the group of its
    /// category's key; else the group its category is scored with (成本 → 产出); else the first whose words
    /// the 一级 name contains.
    /// </summary>
    public int GroupIndexOf(in Classification classification, string level1)
    {
        ArgumentNullException.ThrowIfNull(level1);
        if (classification.Category is { } category)
        {
            if (IndexOfKey(category.Key) is var own and >= 0)
            {
                return own;
            }
            if (category.ScoresWith is { } with && IndexOfKey(with.Key) is var shared and >= 0)
            {
                return shared;
            }
        }
        for (var i = 0; i < Categories.Length; i++)
        {
            foreach (var word in Categories[i].Matches)
            {
                if (level1.Contains(word, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private int IndexOfKey(string key)
    {
        for (var i = 0; i < Categories.Length; i++)
        {
            if (string.Equals(Categories[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The grade of a total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 (with the default bands).</summary>
    public Grade GradeOf(decimal total)
    {
        for (var i = 0; i < GradeBands.Length; i++)
        {
            if (total >= GradeBands[i])
            {
                return (Grade)i;
            }
        }
        return Grade.Poor;
    }

    public decimal Round(decimal value) => Numbers.Round(value, Decimals);
}

/// <summary>
/// 一级指标权重 — a weight group of the policy: its key (a taxonomy category's, or the policy's own), label
/// (产出指标), points, and words that place 一级 names the taxonomy does not know (optional for a taxonomy key).
/// </summary>
public sealed record CategoryPolicy(string Key, string Label, decimal Weight, ImmutableArray<string> Matches);

/// <summary>定性 tier: the range of shares a person may pick, and the share used when no score was entered.</summary>
public sealed record TierPolicy(decimal Min, decimal Max, decimal Default)
{
    public bool Allows(decimal share) => share >= Min && share <= Max;
}

/// <summary>部门汇总: the mean of the funds' totals, or their mean weighted by 全年预算数.</summary>
public enum DepartmentTotal
{
    Mean,
    BudgetWeighted,
}
