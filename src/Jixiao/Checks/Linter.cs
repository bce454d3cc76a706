using System.Buffers;
using Jixiao.Checks.Rules;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Checks;

/// <summary>
/// 指标检查 — runs every rule over a goal set (rules.md §7). Each indicator is classified once (its
/// categories and measure) and then shown to every indicator rule in turn; fund rules see the fund's
/// classified indicators; goal-set rules look across funds. The rules and the linter are immutable, so one
/// linter serves any number of threads. Nothing is allocated per indicator unless a rule finds something.
/// </summary>
public sealed class Linter
{
    private readonly IndicatorRule[] _indicatorRules;
    private readonly IFundRule[] _fundRules;
    private readonly IGoalSetRule[] _goalSetRules;

    public Linter(CompiledProfile profile) : this(profile, AllRules(profile))
    {
    }

    public Linter(CompiledProfile profile, IEnumerable<LintRule> rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        Profile = profile;
        var active = new List<LintRule>();
        foreach (var rule in rules)
        {
            if (profile.SeverityOf(rule.Id, rule.DefaultSeverity) is { } severity)
            {
                rule.Severity = severity;
                active.Add(rule);
            }
        }
        Rules = active;
        _indicatorRules = [.. active.OfType<IndicatorRule>()];
        _fundRules = [.. active.OfType<IFundRule>()];
        _goalSetRules = [.. active.OfType<IGoalSetRule>()];
    }

    /// <summary>The linter of the default profile.</summary>
    public static Linter Default { get; } = new(CompiledProfile.Default);

    public CompiledProfile Profile { get; }

    /// <summary>The rules that run (those the profile did not switch off), in report order.</summary>
    public IReadOnlyList<LintRule> Rules { get; }

    /// <summary>Every rule Jixiao has, configured by <paramref name="profile"/>, at its default severity.</summary>
    public static IReadOnlyList<LintRule> AllRules(CompiledProfile profile) =>
    [
        LadderDefectRule.Overlap(), LadderDefectRule.Gap(), LadderDefectRule.MissingOperator(),
        LadderDefectRule.Incomplete(), LadderDefectRule.Order(),
        new CategoryNonstandardRule(profile), new CategoryMissingRule(profile), new SubcategoryMissingRule(profile),
        new SubcategoryMismatchRule(),
        new TargetMissingRule(), new TargetNotMeasurableRule(profile), new TargetUnitMismatchRule(profile), new TargetNeverMissedRule(),
        new DirectionConflictRule(), new BasisMissingRule(), new BasisNonstandardRule(profile),
        new IndicatorCompoundRule(profile), new IndicatorDuplicateRule(profile), new DescriptionRepeatsNameRule(),
        new InputAsOutputRule(profile), new TextArtifactRule(profile), new GoalMissingRule(),
    ];

    /// <summary>Lints one goal set, adding the findings to <paramref name="findings"/>; returns how many indicators it saw.</summary>
    public int Lint(GoalSet goals, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(findings);
        var seen = 0;
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            seen += LintFund(f, goals.Funds[f], findings);
        }
        foreach (var rule in _goalSetRules)
        {
            rule.Check(goals, findings);
        }
        return seen;
    }

    public IReadOnlyList<Finding> Lint(GoalSet goals)
    {
        var findings = new List<Finding>();
        Lint(goals, findings);
        return findings;
    }

    /// <summary>What a rule would otherwise work out again for each indicator.</summary>
    public IndicatorFacts Classify(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new IndicatorFacts(Profile.Taxonomy.Classify(indicator.Level1, indicator.Level2), Profile.MeasureOf(indicator.Name));
    }

    private int LintFund(int place, Fund fund, List<Finding> findings)
    {
        var indicators = fund.Indicators;
        var facts = ArrayPool<IndicatorFacts>.Shared.Rent(indicators.Length);
        try
        {
            for (var i = 0; i < indicators.Length; i++)
            {
                var scope = new IndicatorScope(fund, indicators[i], Classify(indicators[i]));
                facts[i] = scope.Facts;
                var first = findings.Count;
                foreach (var rule in _indicatorRules)
                {
                    rule.Check(scope, findings);
                }
                for (var k = first; k < findings.Count; k++)
                {
                    if (findings[k].Place is null && findings[k].Indicator is not null)
                    {
                        findings[k] = findings[k] with { Place = new RowPlace(place, i) };
                    }
                }
            }
            foreach (var rule in _fundRules)
            {
                rule.Check(fund, facts.AsSpan(0, indicators.Length), findings);
            }
        }
        finally
        {
            ArrayPool<IndicatorFacts>.Shared.Return(facts, clearArray: true);
        }
        return indicators.Length;
    }
}
