namespace Jixiao.Goals;

/// <summary>
/// 行位置 — where a row is in a goal set: the fund's index in <see cref="GoalSet.Funds"/> and the indicator's in its
/// table (none: the fund itself, or a money row). What ties a finding or a stored value to the row, where names may repeat.
/// </summary>
public readonly record struct RowPlace(int Fund, int? Indicator);
