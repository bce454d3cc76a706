using System.Globalization;
using System.Text;
using Jixiao.Formats.Json;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 版本 — one submission of a goal set (or self-evaluation), frozen: its number (1 = first submission), the
/// canonical JSON of what was submitted (<c>Jixiao.Formats.Json.CanonicalJson</c>), and how the review ended
/// (status, grade, opinions). The redline compares two of these.
/// </summary>
public sealed class StoredGoalSetVersion
{
    private StoredGoalSetVersion()
    {
    }

    public int Id { get; private set; }

    public int WorkflowId { get; private set; }

    /// <summary>Submission number, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Submitted, then Returned, Approved, Rejected or Published as the review goes.</summary>
    public WorkflowStatus Status { get; private set; }

    public Grade? Grade { get; private set; }

    /// <summary>审核意见 as JSON (<see cref="OpinionsJson"/>).</summary>
    public string Opinions { get; private set; } = "[]";

    /// <summary>What was submitted, as canonical JSON.</summary>
    public string Snapshot { get; private set; } = "";

    /// <summary>
    /// The ids of the submitted goal set's funds and indicators in the snapshot's order (<see cref="RowIdsJson"/>), so that
    /// the redline pairs rows by id; null for versions frozen before ids were kept and for self-evaluations.
    /// </summary>
    public string? RowIds { get; private set; }

    /// <summary>Unix milliseconds.</summary>
    public long SubmittedAt { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public long? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public static StoredGoalSetVersion Submitted(int workflowId, int number, string snapshot, RowIds? rows, DateTimeOffset at, string by) => new()
    {
        WorkflowId = workflowId, Number = number, Status = WorkflowStatus.Submitted, Snapshot = snapshot,
        RowIds = rows is null ? null : RowIdsJson.Write(rows),
        SubmittedAt = at.ToUnixTimeMilliseconds(), SubmittedBy = by,
    };

    /// <summary>The row ids kept with the version, when it has them.</summary>
    public RowIds? ReadRowIds() => RowIds is null ? null : RowIdsJson.Read(RowIds);

    /// <summary>Records the review's outcome (or publication) of this version.</summary>
    public void Reviewed(WorkflowState state, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(state);
        Status = state.Status;
        Grade = state.Grade;
        Opinions = OpinionsJson.Write(state.Opinions);
        ReviewedAt = at.ToUnixTimeMilliseconds();
        ReviewedBy = by;
    }

    /// <summary>
    /// The goal set a goals version froze. Jixiao wrote it as canonical JSON, so one that cannot be read is a bug or
    /// a damaged database, never user input: it throws, naming the version and the problem.
    /// </summary>
    public static Goals.GoalSet ReadGoals(string snapshot, int number)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var read = CanonicalJson.Read(Encoding.UTF8.GetBytes(snapshot), $"version {number}");
        return read.GoalSet ?? throw new InvalidOperationException(
            $"The frozen goal set of version {number} cannot be read: {read.Diagnostics.FirstOrDefault()?.Message.Format(CultureInfo.InvariantCulture)}");
    }
}
