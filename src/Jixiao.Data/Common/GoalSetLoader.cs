using Jixiao.Data.Persistence;
using Jixiao.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Common;

/// <summary>Reads a stored goal set back into the canonical model (for export, checks and the print view).</summary>
public sealed class GoalSetLoader(JixiaoDb db)
{
    public async Task<GoalSet?> LoadAsync(Scope scope, CancellationToken cancellationToken) =>
        await LoadStoredAsync(scope, tracked: false, cancellationToken) is ({ } stored, _)
            ? stored.ToGoalSet(scope.Year, await DepartmentAsync(scope.DepartmentId, cancellationToken))
            : null;

    /// <summary>The goal set with the ids of its rows, read in one go so that they describe the same rows.</summary>
    public async Task<(GoalSet Goals, Governance.RowIds Ids)?> LoadWithIdsAsync(Scope scope, CancellationToken cancellationToken) =>
        await LoadStoredAsync(scope, tracked: false, cancellationToken) is ({ } stored, _)
            ? (stored.ToGoalSet(scope.Year, await DepartmentAsync(scope.DepartmentId, cancellationToken)), stored.RowIds())
            : null;

    /// <summary>The department as the canonical model has it (name, 单位代码, 区划代码); it must exist.</summary>
    public async Task<Department> DepartmentAsync(int departmentId, CancellationToken cancellationToken) =>
        (await db.Departments.AsNoTracking().FirstAsync(d => d.Id == departmentId, cancellationToken)).ToDepartment();

    /// <summary>The stored goal set with its funds and indicators (tracked to be changed, or not), and the department's name.</summary>
    public async Task<(StoredGoalSet Stored, string Department)?> LoadStoredAsync(Scope scope, bool tracked, CancellationToken cancellationToken)
    {
        var name = await db.Departments.Where(d => d.Id == scope.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }
        var query = db.GoalSetsIn(scope).Include(g => g.Funds).ThenInclude(f => f.Indicators).AsSplitQuery();
        var stored = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        return stored is null ? null : (stored, name);
    }
}
