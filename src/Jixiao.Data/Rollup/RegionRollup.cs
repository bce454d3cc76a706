using Jixiao.Diagnostics;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Rollup;

/// <summary>A region as its page names it: 区划名称, 区划代码, 财政局.</summary>
public sealed record RegionRef(int Id, string Name, string? Code, string FinanceBureau);

/// <summary>
/// 区划汇总 — what the performance office of a region opens in the morning: the totals of a year beside the year before,
/// each sub-region side by side, each stage's progress, the findings by rule, the grades and the score histogram.
/// </summary>
public sealed record RegionRollup(RegionRef Region, IReadOnlyList<RegionRef> Path, int Year, IReadOnlyList<int> Years)
{
    public required RegionTotals Totals { get; init; }

    public required RegionTotals PreviousYear { get; init; }

    public required IReadOnlyList<SubRegionTotals> SubRegions { get; init; }

    public required IReadOnlyList<StageProgress> Stages { get; init; }

    /// <summary>Goals approved more than 20 days ago and not yet published (<see cref="Deadlines"/>).</summary>
    public required int PublicationOverdue { get; init; }

    public required IReadOnlyList<RuleCount> FindingsByRule { get; init; }

    /// <summary>审核等级 of the goals: count per grade (优, 良, 中, 差).</summary>
    public required IReadOnlyList<GradeCount> ReviewGrades { get; init; }

    /// <summary>自评档次: count per grade.</summary>
    public required IReadOnlyList<GradeCount> SelfEvaluationGrades { get; init; }

    /// <summary>自评总分 in ten bands of ten points, [0, 10) … [90, 100].</summary>
    public required IReadOnlyList<int> ScoreHistogram { get; init; }

    /// <summary>Goal sets whose results are not stored yet (they are written at the next change or by <c>jixiao rollup --refresh</c>).</summary>
    public required int Unrecorded { get; init; }
}

public sealed record SubRegionTotals(RegionRef Region, RegionTotals Totals);

/// <summary>One stage (绩效目标, 绩效自评) of a region's departments: how many are in each status; 未开始 has no workflow yet.</summary>
public sealed record StageProgress(WorkflowSubject Stage, int NotStarted, IReadOnlyList<StatusCount> Statuses);

public sealed record StatusCount(WorkflowStatus Status, int Departments);

public sealed record RuleCount(string Rule, Severity Severity, int Findings, int Departments);

public sealed record GradeCount(Grade Grade, int Departments);
