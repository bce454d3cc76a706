using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Rollup;

/// <summary>
/// Which department-years of a region a list shows — what a figure of the region page links to. Every part is
/// optional; <see cref="Status"/> applies to <see cref="Stage"/> (without a status: 未开始, no workflow yet).
/// </summary>
public sealed record DepartmentFilter
{
    public WorkflowSubject? Stage { get; init; }

    public WorkflowStatus? Status { get; init; }

    /// <summary>Only goals approved more than 20 days ago and not published (逾期未公开).</summary>
    public bool Overdue { get; init; }

    /// <summary>Only those with a finding of this rule.</summary>
    public string? Rule { get; init; }

    /// <summary>审核等级 of the goals.</summary>
    public Grade? ReviewGrade { get; init; }

    /// <summary>自评档次.</summary>
    public Grade? Grade { get; init; }

    /// <summary>自评总分 band 0–9 (of ten points each; 9 includes 100).</summary>
    public int? ScoreBand { get; init; }

    /// <summary>Only those of this sub-region (and below it).</summary>
    public int? Within { get; init; }

    /// <summary>Part of the department's name or its 单位代码.</summary>
    public string? Search { get; init; }

    public DepartmentSort Sort { get; init; }

    public bool Descending { get; init; }
}

/// <summary>The column a region's department list is sorted by.</summary>
public enum DepartmentSort
{
    Name,
    Code,
    Region,
    Funds,
    Indicators,
    Money,
    Errors,
    Score,
    Status,
}
