using Jixiao.Data.Persistence;

namespace Jixiao.Data.Common;

/// <summary>
/// Every page and endpoint works inside one department's goal set of one year: its URL names both, and
/// every query goes through these filters, so that a fund or indicator id of another department is
/// simply not found. This is where users and roles will narrow the scope further.
/// </summary>
public readonly record struct Scope(int DepartmentId, int Year);

public static class ScopedQueries
{
    public static IQueryable<StoredGoalSet> GoalSetsIn(this JixiaoDb db, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GoalSets.Where(g => g.DepartmentId == scope.DepartmentId && g.Year == scope.Year);
    }

    public static IQueryable<StoredFund> FundsIn(this JixiaoDb db, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GoalSetsIn(scope).SelectMany(g => g.Funds);
    }
}
