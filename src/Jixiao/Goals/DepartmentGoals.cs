using System.Collections.Immutable;

namespace Jixiao.Goals;

/// <summary>
/// 部门整体绩效目标 — part 1 of the disclosure: the department as a whole, with its
/// 总体绩效目标 (<see cref="Goals"/>), 分项绩效目标 (<see cref="SubGoals"/>) and 工作保障措施
/// (<see cref="Safeguards"/>). Items are stored without their list numbering.
/// </summary>
public sealed record DepartmentGoals(
    ImmutableArray<string> Goals,
    ImmutableArray<string> SubGoals,
    ImmutableArray<string> Safeguards)
{
    public static DepartmentGoals Empty { get; } = new([], [], []);

    public ImmutableArray<string> Goals { get; init; } = Goals.IsDefault ? [] : Goals;

    public ImmutableArray<string> SubGoals { get; init; } = SubGoals.IsDefault ? [] : SubGoals;

    public ImmutableArray<string> Safeguards { get; init; } = Safeguards.IsDefault ? [] : Safeguards;
}
