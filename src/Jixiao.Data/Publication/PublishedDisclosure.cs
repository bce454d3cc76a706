using Jixiao.Data.Common;
using Jixiao.Goals;

namespace Jixiao.Data.Publication;

/// <summary>
/// 已公开的部门预算绩效信息: the published version of a department's goal set of a year, as frozen at submission
/// (<see cref="Snapshot"/>, canonical JSON; <see cref="Goals"/> read from it), with when it was published.
/// </summary>
public sealed record PublishedDisclosure(int DepartmentId, string DepartmentName, bool IsDemo, string? Region, int Version,
    DateOnly? PublishedOn, GoalSet Goals, string Snapshot, PublishedEvaluation? Evaluation)
{
    public int Year => Goals.Year.Value;
}

/// <summary>已公开的绩效自评: that the self-evaluation of the same year is published, and when.</summary>
public sealed record PublishedEvaluation(DateOnly? PublishedOn, string Snapshot, decimal? Total, string? Grade)
{
    /// <summary>The frozen self-evaluation (as <c>jixiao evaluate --json</c> writes it) with its total and grade read out.</summary>
    public static PublishedEvaluation Of(DateOnly? publishedOn, string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // The snapshot is the JSON the workflow wrote at submission: a self-evaluation's result has a total, an older
        // self-evaluation frozen as the goal set alone has none.
        var total = System.Text.Json.Nodes.JsonNode.Parse(snapshot)?["total"];
        return new PublishedEvaluation(publishedOn, snapshot, (decimal?)total?["score"], (string?)total?["grade"]);
    }
}

/// <summary>One department with a published goal set in the public list.</summary>
public sealed record PublishedDepartment(int Id, string Name, bool IsDemo, string? Region, DateOnly? PublishedOn);

public sealed record PublishedPage(int Year, int Page, int Total, IReadOnlyList<PublishedDepartment> Departments)
{
    public int Pages => Paging.PageCount(Total);
}

/// <summary>公开日期: the day of publication in China Standard Time (UTC+8, no daylight saving), where the departments are.</summary>
public static class PublicationDate
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly? Of(long? unixMilliseconds) =>
        unixMilliseconds is { } ms ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(ChinaStandardTime).DateTime) : null;
}
