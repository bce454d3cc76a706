using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// Finds the department and year each changed row belongs to, by walking up its aggregate (measurement → indicator
/// → fund → goal set → performance year): from the entities the context tracks, else by one query per level for what
/// is missing.
/// </summary>
internal sealed class ScopeLookup
{
    private readonly Dictionary<int, (int, int)> _years = [];
    private readonly Dictionary<int, int> _goalSets = [];
    private readonly Dictionary<int, int> _funds = [];
    private readonly Dictionary<int, int> _indicators = [];
    private readonly Dictionary<int, int> _workflows = [];

    public static async Task<ScopeLookup> ForAsync(JixiaoDb db, IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        var lookup = new ScopeLookup();
        var known = entities.ToList();
        foreach (var entity in known)
        {
            lookup.Learn(entity);
        }
        await FillAsync(lookup._indicators, known.OfType<StoredMeasurement>().Select(m => m.IndicatorId),
            ids => db.Indicators.Where(i => ids.Contains(i.Id)).Select(i => new KeyValuePair<int, int>(i.Id, i.FundId)), cancellationToken);
        await FillAsync(lookup._funds,
            known.OfType<StoredIndicator>().Select(i => i.FundId).Concat(known.OfType<StoredFundBudget>().Select(b => b.FundId)).Concat(lookup._indicators.Values),
            ids => db.Funds.Where(f => ids.Contains(f.Id)).Select(f => new KeyValuePair<int, int>(f.Id, f.GoalSetId)), cancellationToken);
        await FillAsync(lookup._goalSets, lookup._funds.Values,
            ids => db.GoalSets.Where(g => ids.Contains(g.Id)).Select(g => new KeyValuePair<int, int>(g.Id, g.PerformanceYearId)), cancellationToken);
        await FillAsync(lookup._workflows, known.OfType<StoredGoalSetVersion>().Select(v => v.WorkflowId),
            ids => db.Workflows.Where(w => ids.Contains(w.Id)).Select(w => new KeyValuePair<int, int>(w.Id, w.PerformanceYearId)), cancellationToken);
        var years = lookup._goalSets.Values.Concat(lookup._workflows.Values).Where(id => !lookup._years.ContainsKey(id)).Distinct().ToList();
        if (years.Count > 0)
        {
            foreach (var y in await db.PerformanceYears.AsNoTracking().Where(y => years.Contains(y.Id)).ToListAsync(cancellationToken))
            {
                lookup._years[y.Id] = (y.DepartmentId, y.Year);
            }
        }
        return lookup;
    }

    public (int? DepartmentId, int? Year) ScopeOf(object entity) => entity switch
    {
        StoredDepartment d => (d.Id, null),
        StoredPerformanceYear y => (y.DepartmentId, y.Year),
        StoredGoalSet g => Year(g.PerformanceYearId),
        StoredFund f => GoalSet(f.GoalSetId),
        StoredIndicator i => Fund(i.FundId),
        StoredMeasurement m => _indicators.TryGetValue(m.IndicatorId, out var fund) ? Fund(fund) : (null, null),
        StoredFundBudget b => Fund(b.FundId),
        StoredWorkflow w => Year(w.PerformanceYearId),
        StoredGoalSetVersion v => _workflows.TryGetValue(v.WorkflowId, out var year) ? Year(year) : (null, null),
        _ => (null, null),
    };

    private void Learn(object entity)
    {
        switch (entity)
        {
            case StoredPerformanceYear y: _years[y.Id] = (y.DepartmentId, y.Year); break;
            case StoredGoalSet g:
                _goalSets[g.Id] = g.PerformanceYearId;
                if (g.PerformanceYear is { } year) Learn(year);
                break;
            case StoredFund f: _funds[f.Id] = f.GoalSetId; break;
            case StoredIndicator i: _indicators[i.Id] = i.FundId; break;
            case StoredWorkflow w:
                _workflows[w.Id] = w.PerformanceYearId;
                if (w.PerformanceYear is { } of) Learn(of);
                break;
        }
    }

    private static async Task FillAsync(Dictionary<int, int> map, IEnumerable<int> wanted, Func<List<int>, IQueryable<KeyValuePair<int, int>>> query, CancellationToken cancellationToken)
    {
        var missing = wanted.Where(id => !map.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }
        foreach (var (id, parent) in await query(missing).ToListAsync(cancellationToken))
        {
            map[id] = parent;
        }
    }

    private (int?, int?) Year(int id) => _years.TryGetValue(id, out var scope) ? scope : (null, null);

    private (int?, int?) GoalSet(int id) => _goalSets.TryGetValue(id, out var year) ? Year(year) : (null, null);

    private (int?, int?) Fund(int id) => _funds.TryGetValue(id, out var goalSet) ? GoalSet(goalSet) : (null, null);
}
