namespace Jixiao.Data.Persistence;

/// <summary>
/// 绩效年度 — one department's budget year, the aggregate every stage of the cycle hangs off: the goal set, the
/// workflow of each stage (and through it the frozen versions), and the measurements of each stage through the
/// goal set's indicators and funds. Nothing else repeats the (department, year) pair; queries scope by this row.
/// </summary>
public sealed class StoredPerformanceYear
{
    public StoredPerformanceYear(int departmentId, int year)
    {
        DepartmentId = departmentId;
        Year = year;
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    /// <summary>预算年度.</summary>
    public int Year { get; private set; }

    /// <summary>The last day of the budget year: the as-of date of the year-end self-evaluation's measurements.</summary>
    public DateOnly YearEnd => new(Year, 12, 31);
}
