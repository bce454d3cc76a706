using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Rollup;

/// <summary>
/// The department-years of a region and year that a user may see, with their stored results: the one base every
/// figure of a region page and every list behind it is read from. A department counts in its region and every region
/// above; only what <see cref="UserAccess.Visible"/> lets through counts at all.
/// </summary>
internal static class RegionYears
{
    public static IQueryable<RegionYear> Of(JixiaoDb db, UserAccess access, int regionId, int year)
    {
        var marker = StoredRegion.MarkerOf(regionId);
        return from g in db.GoalSets
               join d in access.Visible(db.Departments) on g.PerformanceYear.DepartmentId equals d.Id
               join r in db.YearResults on g.PerformanceYearId equals r.PerformanceYearId
               where g.PerformanceYear.Year == year && (d.RegionId == regionId || d.Region!.Ancestry.Contains(marker))
               select new RegionYear
               {
                   PerformanceYearId = g.PerformanceYearId,
                   DepartmentId = d.Id,
                   Name = d.Name,
                   Code = d.Code,
                   IsDemo = d.IsDemo,
                   RegionId = d.RegionId,
                   RegionName = d.Region!.Name,
                   Stale = r.GoalSetRevision != g.Revision,
                   Funds = r.Funds,
                   Indicators = r.Indicators,
                   MoneyTotalFen = r.MoneyTotalFen,
                   MoneyFiscalFen = r.MoneyFiscalFen,
                   Errors = r.Errors,
                   Warnings = r.Warnings,
                   Evaluated = r.Evaluated,
                   Score = r.SelfEvaluationHundredths,
                   Grade = r.SelfEvaluationGrade,
                   BudgetAnnualFen = r.BudgetAnnualFen,
                   BudgetExecutedFen = r.BudgetExecutedFen,
                   GoalsStatus = db.Workflows.Where(w => w.PerformanceYearId == g.PerformanceYearId && w.Subject == WorkflowSubject.Goals)
                       .Select(w => (WorkflowStatus?)w.Status).FirstOrDefault(),
                   ReviewGrade = db.Workflows.Where(w => w.PerformanceYearId == g.PerformanceYearId && w.Subject == WorkflowSubject.Goals)
                       .Select(w => w.Grade).FirstOrDefault(),
                   SelfEvaluationStatus = db.Workflows.Where(w => w.PerformanceYearId == g.PerformanceYearId && w.Subject == WorkflowSubject.SelfEvaluation)
                       .Select(w => (WorkflowStatus?)w.Status).FirstOrDefault(),
                   ApprovedAt = db.Workflows.Where(w => w.PerformanceYearId == g.PerformanceYearId && w.Subject == WorkflowSubject.Goals && w.Status == WorkflowStatus.Approved)
                       .SelectMany(w => db.GoalSetVersions.Where(v => v.WorkflowId == w.Id && v.Number == w.VersionInForce).Select(v => v.ReviewedAt))
                       .FirstOrDefault(),
               };
    }

    /// <summary>The goal sets of the region and year that have no stored results yet (written around the commands).</summary>
    public static IQueryable<StoredGoalSet> Unrecorded(JixiaoDb db, UserAccess access, int regionId, int year)
    {
        var marker = StoredRegion.MarkerOf(regionId);
        return from g in db.GoalSets
               join d in access.Visible(db.Departments) on g.PerformanceYear.DepartmentId equals d.Id
               where g.PerformanceYear.Year == year && (d.RegionId == regionId || d.Region!.Ancestry.Contains(marker))
                     && !db.YearResults.Any(r => r.PerformanceYearId == g.PerformanceYearId)
               select g;
    }
}

/// <summary>One department-year of a region as its page reads it: the department, its stored results, where its stages stand.</summary>
public sealed class RegionYear
{
    public int PerformanceYearId { get; init; }

    public int DepartmentId { get; init; }

    public string Name { get; init; } = "";

    /// <summary>单位代码.</summary>
    public string? Code { get; init; }

    public bool IsDemo { get; init; }

    public int? RegionId { get; init; }

    public string? RegionName { get; init; }

    /// <summary>The results were computed at an older revision of the goal set.</summary>
    public bool Stale { get; init; }

    public int Funds { get; init; }

    public int Indicators { get; init; }

    public long MoneyTotalFen { get; init; }

    public long MoneyFiscalFen { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    public bool Evaluated { get; init; }

    /// <summary>自评总分 in hundredths.</summary>
    public int? Score { get; init; }

    public Grade? Grade { get; init; }

    public long? BudgetAnnualFen { get; init; }

    public long? BudgetExecutedFen { get; init; }

    /// <summary>绩效目标's status; null: not started.</summary>
    public WorkflowStatus? GoalsStatus { get; init; }

    /// <summary>审核等级 of the goals.</summary>
    public Grade? ReviewGrade { get; init; }

    public WorkflowStatus? SelfEvaluationStatus { get; init; }

    /// <summary>When the goals in force were approved (Unix ms), while they wait to be published.</summary>
    public long? ApprovedAt { get; init; }
}
