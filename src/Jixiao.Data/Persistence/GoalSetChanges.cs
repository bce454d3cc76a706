using Jixiao.Data.Rollup;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Persistence;

/// <summary>
/// Saving a change to a goal set (its lists, funds or indicators) together with its <see cref="StoredGoalSet.Revision"/>,
/// the counter that the findings and the fund page are cached under. The revision is advanced in SQL
/// (<c>Revision = Revision + 1</c>) in the same transaction as the rows, never written back from memory: two people saving
/// different indicators at once both count, and no cache can hold a state older than a committed change under the
/// revision after it. The UPDATE also takes the goal set's row lock first (PostgreSQL), so concurrent changes to one goal
/// set queue instead of deadlocking on their rows.
/// </summary>
public static class GoalSetChanges
{
    /// <summary>
    /// Saves the tracked changes, advances the goal set's revision and writes its year's results (<see cref="YearResults"/>),
    /// in one transaction (the caller's, or one opened here). A concurrency failure of the rows propagates and leaves
    /// nothing: not the rows, the revision, the results or an audit record.
    /// </summary>
    public static async Task SaveGoalSetChangeAsync(this JixiaoDb db, int goalSetId, YearResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(results);
        if (db.Database.CurrentTransaction is not null)
        {
            await AdvanceAsync(db, goalSetId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await results.RecordAsync(db, goalSetId, cancellationToken);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdvanceAsync(db, goalSetId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await results.RecordAsync(db, goalSetId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The revision now (after a change, the one it made).</summary>
    public static Task<int> RevisionAsync(this JixiaoDb db, int goalSetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GoalSets.Where(g => g.Id == goalSetId).Select(g => g.Revision).FirstAsync(cancellationToken);
    }

    private static Task<int> AdvanceAsync(JixiaoDb db, int goalSetId, CancellationToken cancellationToken) =>
        db.GoalSets.Where(g => g.Id == goalSetId).ExecuteUpdateAsync(s => s.SetProperty(g => g.Revision, g => g.Revision + 1), cancellationToken);
}
