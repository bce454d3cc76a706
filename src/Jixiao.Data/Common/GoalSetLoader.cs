using Jixiao.Data.Persistence;
using Jixiao.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Common;

/// <summary>Reads a stored goal set back into the canonical model (for export, checks and the print view).</summary>
public sealed class GoalSetLoader(JixiaoDb db)
{
    public async Task<GoalSet?> LoadAsync(Scope scope, CancellationToken cancellationToken) =>
        await LoadStoredAsync(scope, tracked: false, cancellationToken) is ({ } stored, { } name) ? stored.ToGoalSet(scope.Year, name) : null;

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
