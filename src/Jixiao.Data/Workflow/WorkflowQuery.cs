using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Workflow;

/// <summary>One opinion as shown: the text, and the indicator it is about (null: the table as a whole).</summary>
public sealed record OpinionView(string Text, string? Fund, string? Level1, string? Level2, string? Indicator)
{
    /// <summary>The stable id of the indicator the opinion is on, when it was given on a stored row.</summary>
    public int? IndicatorId { get; init; }
}

/// <summary>A frozen version: its number, who submitted it when, and its review.</summary>
public sealed record VersionView(int Number, WorkflowStatus Status, Grade? Grade, DateTimeOffset SubmittedAt, string SubmittedBy,
    DateTimeOffset? ReviewedAt, string? ReviewedBy);

/// <summary>审核流程 of a subject as the user sees it, with the steps this user may take now.</summary>
public sealed record WorkflowView(WorkflowSubject Subject, WorkflowStatus Status, string StatusName, int Submissions, int? VersionInForce,
    int? PublishedVersion, Grade? Grade, IReadOnlyList<OpinionView> Opinions, IReadOnlyList<VersionView> Versions, IReadOnlyList<string> Actions);

/// <summary>Reads the workflow of a department's year for one user.</summary>
public sealed class WorkflowQuery(WorkflowCommands commands, UiText text)
{
    public async Task<Outcome<WorkflowView>> GetAsync(Scope scope, WorkflowSubject subject, UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var state = await commands.StateAsync(scope, subject, cancellationToken);
        if (!state.Succeeded)
        {
            return state.Failure!;
        }
        var s = state.Value!;
        var capabilities = access.CapabilitiesFor(scope.DepartmentId);
        var versions = await commands.VersionsAsync(scope, subject, cancellationToken);
        // The steps offered are the ones the workflow would take from this user: not approving their own submission.
        var reviewing = new Reviewing(access.UserName ?? "", versions.FirstOrDefault(v => v.Number == s.Submissions)?.SubmittedBy);
        return new WorkflowView(subject, s.Status, text.Format(s.Status.Label()), s.Submissions, s.VersionInForce, s.PublishedVersion, s.Grade,
            [.. s.Opinions.Select(o => new OpinionView(o.Text, o.Indicator?.Fund, o.Indicator?.Level1, o.Indicator?.Level2, o.Indicator?.Name)
            {
                IndicatorId = o.Indicator?.Id,
            })],
            [.. versions.Select(v => new VersionView(v.Number, v.Status, v.Grade, DateTimeOffset.FromUnixTimeMilliseconds(v.SubmittedAt), v.SubmittedBy,
                v.ReviewedAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null, v.ReviewedBy))],
            [.. WorkflowRequest.Names.Where(n => Governance.Workflow.Decide(s, WorkflowRequest.Probe(n), capabilities, reviewing) is null)]);
    }
}
