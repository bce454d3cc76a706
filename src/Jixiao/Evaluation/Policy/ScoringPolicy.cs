using System.Collections.Immutable;
using Jixiao.Evaluation.Actuals;
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

    /// <summary>一级指标 categories and their points, in matching order.</summary>
    public ImmutableArray<CategoryPolicy> Categories { get; init; } = [];

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

    /// <summary>The category an 一级指标 name belongs to (the first whose words it contains), or null.</summary>
    public CategoryPolicy? CategoryOf(string level1) => CategoryIndexOf(level1) is var index and >= 0 ? Categories[index] : null;

    /// <summary>The index in <see cref="Categories"/> of the category of an 一级指标 name, or -1.</summary>
    public int CategoryIndexOf(string level1)
    {
        ArgumentNullException.ThrowIfNull(level1);
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

/// <summary>一级指标 category: its key, label (产出指标), points, and the words that identify it in a table.</summary>
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
