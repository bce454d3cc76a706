namespace Jixiao.Data.Rollup;

/// <summary>
/// 时限: when what is due. Goals are published within 20 days of the budget's approval (预算法 §14): Jixiao counts from
/// the day the finance bureau approved the goals in force (审核通过), the last step before 公开.
/// </summary>
public static class Deadlines
{
    public const int PublicationDays = 20;

    /// <summary>The publication deadline of goals approved at <paramref name="approvedAt"/> (Unix ms).</summary>
    public static DateTimeOffset PublicationDue(long approvedAt) =>
        DateTimeOffset.FromUnixTimeMilliseconds(approvedAt).AddDays(PublicationDays);

    /// <summary>Approvals before this instant (Unix ms) are overdue for publication at <paramref name="now"/>.</summary>
    public static long PublicationCutoff(DateTimeOffset now) => now.AddDays(-PublicationDays).ToUnixTimeMilliseconds();
}
