using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 年度结果 — what a department-year's inputs give, stored as they change (in the transaction that changes them,
/// <see cref="Rollup.YearResults"/>): how many funds and indicators, the 项目资金 in 分, the checks' findings, the
/// self-evaluation's 总分 and 档次, the budget execution. A region page sums these rows in SQL and never evaluates a
/// goal set. <see cref="GoalSetRevision"/> says which revision of the goal set they were computed at.
/// </summary>
public sealed class StoredYearResult
{
    private readonly List<StoredFindingCount> _findings = [];

    private StoredYearResult(int performanceYearId) => PerformanceYearId = performanceYearId;

    public int PerformanceYearId { get; private set; }

    /// <summary>The goal set's <see cref="StoredGoalSet.Revision"/> these results were computed at.</summary>
    public int GoalSetRevision { get; private set; }

    /// <summary>项目 (funds) of the goal set.</summary>
    public int Funds { get; private set; }

    /// <summary>绩效指标 of all funds.</summary>
    public int Indicators { get; private set; }

    /// <summary>年度资金总额 in 分: the sum of the funds whose amount is exact (<see cref="StoredFund.MoneyTotalFen"/>).</summary>
    public long MoneyTotalFen { get; private set; }

    /// <summary>财政拨款 in 分, likewise.</summary>
    public long MoneyFiscalFen { get; private set; }

    /// <summary>Findings at error level.</summary>
    public int Errors { get; private set; }

    /// <summary>Findings at warning level.</summary>
    public int Warnings { get; private set; }

    /// <summary>Whether any self-evaluation figure (实际完成值 or budget) has been entered.</summary>
    public bool Evaluated { get; private set; }

    /// <summary>自评总分 in hundredths of a point (rounded half away from zero), when the evaluation gives one.</summary>
    public int? SelfEvaluationHundredths { get; private set; }

    /// <summary>自评档次 (优/良/中/差).</summary>
    public Grade? SelfEvaluationGrade { get; private set; }

    /// <summary>全年预算数 (调整后) in 分 of the self-evaluation, over the funds that give it exactly; null when none does.</summary>
    public long? BudgetAnnualFen { get; private set; }

    /// <summary>全年执行数 in 分, likewise.</summary>
    public long? BudgetExecutedFen { get; private set; }

    /// <summary>Findings by rule.</summary>
    public IReadOnlyList<StoredFindingCount> Findings => _findings;

    public static StoredYearResult For(int performanceYearId) => new(performanceYearId);

    /// <summary>Replaces every figure with those computed at <paramref name="revision"/>.</summary>
    public void Record(int revision, YearFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        GoalSetRevision = revision;
        Funds = figures.Funds;
        Indicators = figures.Indicators;
        MoneyTotalFen = figures.MoneyTotalFen;
        MoneyFiscalFen = figures.MoneyFiscalFen;
        Errors = figures.Findings.Where(f => f.Severity == Severity.Error).Sum(f => f.Count);
        Warnings = figures.Findings.Where(f => f.Severity == Severity.Warning).Sum(f => f.Count);
        Evaluated = figures.Evaluated;
        SelfEvaluationHundredths = figures.SelfEvaluationHundredths;
        SelfEvaluationGrade = figures.SelfEvaluationGrade;
        BudgetAnnualFen = figures.BudgetAnnualFen;
        BudgetExecutedFen = figures.BudgetExecutedFen;
        var wanted = figures.Findings.ToDictionary(f => (f.Rule, f.Severity));
        _findings.RemoveAll(f => !wanted.ContainsKey((f.Rule, f.Severity)));
        foreach (var kept in _findings)
        {
            kept.Set(wanted[(kept.Rule, kept.Severity)].Count);
            wanted.Remove((kept.Rule, kept.Severity));
        }
        _findings.AddRange(wanted.Values.Select(f => new StoredFindingCount(f.Rule, f.Severity, f.Count)));
    }
}

/// <summary>检查发现 of one rule and severity in a department-year, counted.</summary>
public sealed class StoredFindingCount
{
    internal StoredFindingCount(string rule, Severity severity, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Rule = rule;
        Severity = severity;
        Count = count;
    }

    public int Id { get; private set; }

    public int PerformanceYearId { get; private set; }

    /// <summary>The rule's id (docs/rules.md).</summary>
    public string Rule { get; private set; }

    public Severity Severity { get; private set; }

    public int Count { get; private set; }

    internal void Set(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Count = count;
    }
}

/// <summary>The figures of a department-year as computed from its inputs (what <see cref="StoredYearResult"/> stores).</summary>
public sealed record YearFigures(int Funds, int Indicators, long MoneyTotalFen, long MoneyFiscalFen, IReadOnlyList<FindingTally> Findings)
{
    public bool Evaluated { get; init; }

    public int? SelfEvaluationHundredths { get; init; }

    public Grade? SelfEvaluationGrade { get; init; }

    public long? BudgetAnnualFen { get; init; }

    public long? BudgetExecutedFen { get; init; }
}

/// <summary>How many findings of one rule and severity.</summary>
public sealed record FindingTally(string Rule, Severity Severity, int Count);
