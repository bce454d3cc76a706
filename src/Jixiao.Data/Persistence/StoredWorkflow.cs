using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 流程状态 as stored: where one department's goal set (or self-evaluation) of one year stands in the review
/// (<see cref="WorkflowState"/>). Kept apart from the goal set's rows so that re-importing the working copy does
/// not lose it. <see cref="Version"/> is a concurrency token: two reviewers deciding at once cannot both win.
/// </summary>
public sealed class StoredWorkflow
{
    private StoredWorkflow(int performanceYearId, WorkflowSubject subject)
    {
        PerformanceYearId = performanceYearId;
        Subject = subject;
    }

    public int Id { get; private set; }

    /// <summary>The department-year (<see cref="StoredPerformanceYear"/>) whose stage this is.</summary>
    public int PerformanceYearId { get; private set; }

    public StoredPerformanceYear PerformanceYear { get; private set; } = null!;

    public WorkflowSubject Subject { get; private set; }

    public WorkflowStatus Status { get; private set; }

    public int Submissions { get; private set; }

    public int? VersionInForce { get; private set; }

    public int? PublishedVersion { get; private set; }

    /// <summary>审核等级 of the latest review.</summary>
    public Grade? Grade { get; private set; }

    /// <summary>审核意见 of the latest review, as JSON (<see cref="OpinionsJson"/>).</summary>
    public string Opinions { get; private set; } = "[]";

    public int Version { get; private set; }

    public static StoredWorkflow Start(StoredPerformanceYear year, WorkflowSubject subject)
    {
        ArgumentNullException.ThrowIfNull(year);
        var stored = new StoredWorkflow(year.Id, subject) { PerformanceYear = year };
        stored.Record(WorkflowState.Initial);
        return stored;
    }

    public WorkflowState ToState() => new(Status, Submissions, VersionInForce, PublishedVersion, Grade, OpinionsJson.Read(Opinions));

    /// <summary>Stores the state the workflow gave.</summary>
    public void Record(WorkflowState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Status = state.Status;
        Submissions = state.Submissions;
        VersionInForce = state.VersionInForce;
        PublishedVersion = state.PublishedVersion;
        Grade = state.Grade;
        Opinions = OpinionsJson.Write(state.Opinions);
        Version++;
    }
}
