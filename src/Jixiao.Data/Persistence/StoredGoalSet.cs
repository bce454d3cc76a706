using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 部门预算绩效信息 as stored: one department's goals for one budget year, the aggregate root of its
/// funds and indicators. Built from and turned back into the canonical <see cref="GoalSet"/>, so the
/// database never holds a second model, only the same one in rows.
/// </summary>
public sealed class StoredGoalSet
{
    private readonly List<StoredFund> _funds = [];

    private StoredGoalSet()
    {
    }

    public int Id { get; private set; }

    /// <summary>The department-year the goals are for (<see cref="StoredPerformanceYear"/>), one goal set each.</summary>
    public int PerformanceYearId { get; private set; }

    public StoredPerformanceYear PerformanceYear { get; private set; } = null!;

    /// <summary>总体绩效目标, without list numbering.</summary>
    public string[] Goals { get; private set; } = [];

    /// <summary>分项绩效目标.</summary>
    public string[] SubGoals { get; private set; } = [];

    /// <summary>工作保障措施.</summary>
    public string[] Safeguards { get; private set; } = [];

    public IReadOnlyList<StoredFund> Funds => _funds;

    /// <summary>
    /// 修订号: advanced by every change to the goal set, its funds or indicators, in SQL and in the same transaction
    /// (<see cref="GoalSetChanges"/>), so that what is derived from the whole set (the checks' findings, the fund page)
    /// can be cached under (id, revision) and is never stale, whichever process made the change. Starts at 1.
    /// </summary>
    public int Revision { get; private set; } = 1;

    /// <summary>A new goal set of <paramref name="year"/> (tracked or new) holding <paramref name="goals"/>.</summary>
    public static StoredGoalSet From(StoredPerformanceYear year, GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(goals);
        var stored = new StoredGoalSet { PerformanceYear = year, PerformanceYearId = year.Id };
        stored.ReviseOverall(goals.Overall);
        for (var i = 0; i < goals.Funds.Length; i++)
        {
            stored._funds.Add(StoredFund.From(i, goals.Funds[i]));
        }
        return stored;
    }

    /// <summary>Adds a fund (with its indicators) at the end.</summary>
    public StoredFund AddFund(Fund fund)
    {
        var stored = StoredFund.From(_funds.Count == 0 ? 0 : _funds.Max(f => f.Position) + 1, fund);
        _funds.Add(stored);
        return stored;
    }

    /// <summary>Removes a fund with its indicators (and, by the database's cascade, what was measured on them).</summary>
    public void RemoveFund(StoredFund fund) => _funds.Remove(fund);

    /// <summary>Puts exactly this goal set's funds in the given order (positions 0..n-1).</summary>
    public void Arrange(IReadOnlyList<StoredFund> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        if (ordered.Count != _funds.Count || ordered.Any(f => !_funds.Contains(f)))
        {
            throw new ArgumentException("The order must list every fund of the goal set once.", nameof(ordered));
        }
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i);
        }
    }

    /// <summary>Replaces part 1 of the disclosure (部门整体绩效目标).</summary>
    public void ReviseOverall(DepartmentGoals overall)
    {
        ArgumentNullException.ThrowIfNull(overall);
        Goals = [.. overall.Goals];
        SubGoals = [.. overall.SubGoals];
        Safeguards = [.. overall.Safeguards];
    }

    public DepartmentGoals Overall => new([.. Goals], [.. SubGoals], [.. Safeguards]);

    /// <summary>The canonical model of <paramref name="year"/>; funds and indicators must have been loaded.</summary>
    public GoalSet ToGoalSet(int year, string departmentName) => ToGoalSet(year, new Department(departmentName));

    /// <summary>The ids of the funds and indicators in the order <see cref="ToGoalSet(int, Department)"/> gives them.</summary>
    public Governance.RowIds RowIds() =>
        new([.. _funds.OrderBy(f => f.Position).Select(f => new Governance.FundRowIds(f.Id, [.. f.Indicators.OrderBy(i => i.Position).Select(i => i.Id)]))]);

    /// <summary>The canonical model of <paramref name="year"/> for <paramref name="department"/> (with its codes).</summary>
    public GoalSet ToGoalSet(int year, Department department) =>
        new(new FiscalYear(year), department, Overall, [.. _funds.OrderBy(f => f.Position).Select(f => f.ToFund())]);
}
