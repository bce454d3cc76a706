namespace Jixiao.Data.Checks;

/// <summary>
/// Which version of a goal set a read saw: its id and <see cref="Persistence.StoredGoalSet.Revision"/>. Whatever is
/// derived from the goal set may be kept in memory under its stamp, because every change bumps the revision in the
/// same transaction: a reader that asked the database for the stamp first can never get an older derivation.
/// </summary>
public readonly record struct GoalSetStamp(int GoalSetId, int Revision);
