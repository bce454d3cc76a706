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
    private StoredWorkflow(int departmentId, int year, WorkflowSubject subject)
    {
        DepartmentId = departmentId;
        Year = year;
        Subject = subject;
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public int Year { get; private set; }

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

    public static StoredWorkflow Start(int departmentId, int year, WorkflowSubject subject)
    {
        var stored = new StoredWorkflow(departmentId, year, subject);
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
