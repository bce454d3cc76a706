using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Common;

/// <summary>
/// Every page and endpoint works inside one department's goal set of one year: its URL names both, and
/// every query goes through these filters, so that a fund or indicator id of another department is
/// simply not found. This is where users and roles will narrow the scope further.
/// </summary>
public readonly record struct Scope(int DepartmentId, int Year);

public static class ScopedQueries
{
    public static IQueryable<StoredPerformanceYear> YearsIn(this JixiaoDb db, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PerformanceYears.Where(y => y.DepartmentId == scope.DepartmentId && y.Year == scope.Year);
    }

    public static IQueryable<StoredGoalSet> GoalSetsIn(this JixiaoDb db, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GoalSets.Where(g => g.PerformanceYear.DepartmentId == scope.DepartmentId && g.PerformanceYear.Year == scope.Year);
    }

    public static IQueryable<StoredWorkflow> WorkflowsIn(this JixiaoDb db, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Workflows.Where(w => w.PerformanceYear.DepartmentId == scope.DepartmentId && w.PerformanceYear.Year == scope.Year);
    }

    /// <summary>The performance year of <paramref name="scope"/>, created (tracked, saved with the next save) if it has none yet.</summary>
    public static async Task<StoredPerformanceYear> YearOfAsync(this JixiaoDb db, Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var year = db.PerformanceYears.Local.FirstOrDefault(y => y.DepartmentId == scope.DepartmentId && y.Year == scope.Year)
            ?? await db.YearsIn(scope).FirstOrDefaultAsync(cancellationToken);
        if (year is null)
        {
            year = new StoredPerformanceYear(scope.DepartmentId, scope.Year);
            db.PerformanceYears.Add(year);
        }
        return year;
    }

    public static IQueryable<StoredFund> FundsIn(this JixiaoDb db, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GoalSetsIn(scope).SelectMany(g => g.Funds);
    }
}
