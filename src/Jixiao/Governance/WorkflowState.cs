using System.Collections.Immutable;
using Jixiao.Targets;

namespace Jixiao.Governance;

/// <summary>
/// 流程状态 — where a goal set (or self-evaluation) of one department and year stands: the status of the
/// working version, and apart from it the approved version in force (批复版本) and the published one.
/// Versions are numbered by submission (1 = first submission); an adjustment (调整) is a new working version
/// that goes through review again while <see cref="VersionInForce"/> stays what it was.
/// Immutable; change it with <see cref="Workflow.Apply"/>.
/// </summary>
public sealed record WorkflowState
{
    public WorkflowState(WorkflowStatus status, int submissions, int? versionInForce = null, int? publishedVersion = null,
        Grade? grade = null, ImmutableArray<ReviewOpinion> opinions = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(submissions);
        if (status != WorkflowStatus.Draft && submissions == 0)
        {
            throw new ArgumentException($"A goal set that is {status} has been submitted at least once.", nameof(submissions));
        }
        if (versionInForce is { } inForce && (inForce < 1 || inForce > submissions))
        {
            throw new ArgumentOutOfRangeException(nameof(versionInForce), versionInForce, "The version in force is one of the submitted versions.");
        }
        if (status is WorkflowStatus.Approved or WorkflowStatus.Published && versionInForce != submissions)
        {
            throw new ArgumentException("An approved working version is the version in force.", nameof(versionInForce));
        }
        if (publishedVersion is { } published && (versionInForce is null || published < 1 || published > versionInForce))
        {
            throw new ArgumentOutOfRangeException(nameof(publishedVersion), publishedVersion, "Only an approved version, at most the one in force, is published.");
        }
        if (status == WorkflowStatus.Published && publishedVersion != versionInForce)
        {
            throw new ArgumentException("A published working version is the published version.", nameof(publishedVersion));
        }
        Status = status;
        Submissions = submissions;
        VersionInForce = versionInForce;
        PublishedVersion = publishedVersion;
        Grade = grade;
        Opinions = opinions.IsDefault ? [] : opinions;
    }

    /// <summary>A new goal set: a draft, never submitted.</summary>
    public static WorkflowState Initial { get; } = new(WorkflowStatus.Draft, 0);

    /// <summary>Status of the working version.</summary>
    public WorkflowStatus Status { get; }

    /// <summary>How many times the goal set was submitted: the number of the latest submitted version (0: none).</summary>
    public int Submissions { get; }

    /// <summary>批复版本: the approved version that is in force; null before the first approval.</summary>
    public int? VersionInForce { get; }

    /// <summary>已公开版本: the version the public sees; null before the first publication. May be older than <see cref="VersionInForce"/> until an approved adjustment is published.</summary>
    public int? PublishedVersion { get; }

    /// <summary>审核等级 of the latest review (优/良: approved, 中: returned for revision, 差: rejected); null before a graded review.</summary>
    public Grade? Grade { get; }

    /// <summary>审核意见 of the latest review.</summary>
    public ImmutableArray<ReviewOpinion> Opinions { get; }

    /// <summary>The number of the working version: the one being drafted (next submission) or the one submitted.</summary>
    public int WorkingVersion => Status is WorkflowStatus.Draft or WorkflowStatus.Returned ? Submissions + 1 : Submissions;

    /// <summary>Whether the department may change the working version now.</summary>
    public bool IsEditable => Status.IsEditable();

    /// <summary>调整中: an approved version is in force and a different working version is being prepared or reviewed.</summary>
    public bool IsAdjustment => VersionInForce is not null && Status is not (WorkflowStatus.Approved or WorkflowStatus.Published);

    public bool Equals(WorkflowState? other) =>
        other is not null && Status == other.Status && Submissions == other.Submissions && VersionInForce == other.VersionInForce
        && PublishedVersion == other.PublishedVersion && Grade == other.Grade && Opinions.SequenceEqual(other.Opinions);

    public override int GetHashCode() => HashCode.Combine(Status, Submissions, VersionInForce, PublishedVersion, Grade, Opinions.Length);
}
