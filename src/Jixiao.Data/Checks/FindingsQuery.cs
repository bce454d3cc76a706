using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Data.Checks;

/// <summary>
/// The findings of a department's goal set of one year. Checks look across the whole set (an indicator
/// copied between funds), so every fund page needs them all; they are cached per (goal set, revision,
/// language) and a change anywhere in the set, which bumps its revision, makes the next read check again.
/// </summary>
public sealed class FindingsQuery(JixiaoDb db, GoalSetLoader loader, IFindingsSource findings, IMemoryCache cache)
{
    public async Task<IReadOnlyList<FindingView>?> ForGoalSetAsync(Scope scope, CancellationToken cancellationToken)
    {
        var stamp = await db.GoalSetsIn(scope).Select(g => new { g.Id, g.Revision }).FirstOrDefaultAsync(cancellationToken);
        return stamp is null ? null : await AtAsync(scope, new GoalSetStamp(stamp.Id, stamp.Revision), cancellationToken);
    }

    /// <summary>The findings at a stamp the caller has just read from the database (no second round trip).</summary>
    public async Task<IReadOnlyList<FindingView>?> AtAsync(Scope scope, GoalSetStamp stamp, CancellationToken cancellationToken)
    {
        var key = (nameof(FindingsQuery), stamp.GoalSetId, stamp.Revision, UiText.Culture.Name);
        if (cache.TryGetValue(key, out IReadOnlyList<FindingView>? cached) && cached is not null)
        {
            return cached;
        }
        if (await loader.LoadAsync(scope, cancellationToken) is not { } goals)
        {
            return null;
        }
        var found = findings.Find(goals);
        cache.Set(key, found, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return found;
    }
}
