using Jixiao.Goals;
using Jixiao.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Common;

/// <summary>Reads a stored goal set back into the canonical model (for export, checks and the print view).</summary>
public sealed class GoalSetLoader(JixiaoDb db)
{
    public async Task<GoalSet?> LoadAsync(Scope scope, CancellationToken cancellationToken)
    {
        var name = await db.Departments.Where(d => d.Id == scope.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }
        var stored = await db.GoalSetsIn(scope)
            .Include(g => g.Funds).ThenInclude(f => f.Indicators)
            .AsNoTracking().AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return stored?.ToGoalSet(name);
    }
}
