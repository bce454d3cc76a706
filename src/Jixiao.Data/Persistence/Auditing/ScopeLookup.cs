using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// Finds the department and year each changed row belongs to: from the entities the context tracks (a change
/// always touches its goal set), else by one query per kind for what is missing.
/// </summary>
internal sealed class ScopeLookup
{
    private readonly Dictionary<int, (int, int)> _goalSets = [];
    private readonly Dictionary<int, int> _funds = [];
    private readonly Dictionary<int, (int, int)> _workflows = [];

    public static async Task<ScopeLookup> ForAsync(JixiaoDb db, IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        var lookup = new ScopeLookup();
        var known = entities.ToList();
        foreach (var entity in known)
        {
            switch (entity)
            {
                case StoredGoalSet g: lookup._goalSets[g.Id] = (g.DepartmentId, g.Year); break;
                case StoredFund f: lookup._funds[f.Id] = f.GoalSetId; break;
                case StoredWorkflow w: lookup._workflows[w.Id] = (w.DepartmentId, w.Year); break;
            }
        }
        var funds = known.OfType<StoredIndicator>().Select(i => i.FundId).Where(id => !lookup._funds.ContainsKey(id)).Distinct().ToList();
        if (funds.Count > 0)
        {
            foreach (var f in await db.Funds.AsNoTracking().Where(f => funds.Contains(f.Id)).Select(f => new { f.Id, f.GoalSetId }).ToListAsync(cancellationToken))
            {
                lookup._funds[f.Id] = f.GoalSetId;
            }
        }
        var goalSets = lookup._funds.Values.Where(id => !lookup._goalSets.ContainsKey(id)).Distinct().ToList();
        if (goalSets.Count > 0)
        {
            foreach (var g in await db.GoalSets.AsNoTracking().Where(g => goalSets.Contains(g.Id)).Select(g => new { g.Id, g.DepartmentId, g.Year }).ToListAsync(cancellationToken))
            {
                lookup._goalSets[g.Id] = (g.DepartmentId, g.Year);
            }
        }
        var workflows = known.OfType<StoredGoalSetVersion>().Select(v => v.WorkflowId).Where(id => !lookup._workflows.ContainsKey(id)).Distinct().ToList();
        if (workflows.Count > 0)
        {
            foreach (var w in await db.Workflows.AsNoTracking().Where(w => workflows.Contains(w.Id)).Select(w => new { w.Id, w.DepartmentId, w.Year }).ToListAsync(cancellationToken))
            {
                lookup._workflows[w.Id] = (w.DepartmentId, w.Year);
            }
        }
        return lookup;
    }

    public (int? DepartmentId, int? Year) ScopeOf(object entity) => entity switch
    {
        StoredDepartment d => (d.Id, null),
        StoredGoalSet g => (g.DepartmentId, g.Year),
        StoredFund f => GoalSet(f.GoalSetId),
        StoredIndicator i => _funds.TryGetValue(i.FundId, out var goalSet) ? GoalSet(goalSet) : (null, null),
        StoredWorkflow w => (w.DepartmentId, w.Year),
        StoredGoalSetVersion v => _workflows.TryGetValue(v.WorkflowId, out var scope) ? scope : (null, null),
        _ => (null, null),
    };

    private (int?, int?) GoalSet(int id) => _goalSets.TryGetValue(id, out var scope) ? scope : (null, null);
}
