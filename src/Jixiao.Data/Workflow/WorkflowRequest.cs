using System.Collections.Immutable;
using Jixiao.Data.Common;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Workflow;

/// <summary>An opinion as sent: its text and, for an opinion on one indicator, the indicator's fund and names and its id.</summary>
public sealed record OpinionInput(string? Text, string? Fund = null, string? Level1 = null, string? Level2 = null, string? Indicator = null,
    int? IndicatorId = null);

/// <summary>What a reviewer sends with a step: the grade (优/良/中/差 or excellent/good/fair/poor) and the opinions.</summary>
public sealed record WorkflowInput(string? Grade = null, IReadOnlyList<OpinionInput>? Opinions = null);

/// <summary>Turns a step's name and input into the library's action, or says which field is wrong.</summary>
public static class WorkflowRequest
{
    public static IReadOnlyList<string> Names { get; } = ["submit", "return", "approve", "publish", "adjust"];

    public static Outcome<WorkflowAction> ToAction(string name, WorkflowInput? input)
    {
        input ??= new WorkflowInput();
        var opinions = Opinions(input.Opinions);
        switch (name)
        {
            case "submit": return new SubmitAction();
            case "publish": return new PublishAction();
            case "adjust": return new BeginAdjustmentAction();
            case "return": return new ReturnAction(opinions);
            case "approve":
                return GradeOf(input.Grade) is { } grade
                    ? new ApproveAction(grade, opinions)
                    : Failure.Invalid("grade", "Web.Workflow.Grade", input.Grade ?? "");
            default: return Failure.NotFound("Web.What.WorkflowStep");
        }
    }

    /// <summary>The subject named in a URL: goals (the default) or evaluation.</summary>
    public static WorkflowSubject? SubjectOf(string? subject) => subject?.ToLowerInvariant() switch
    {
        null or "" or "goals" => WorkflowSubject.Goals,
        "evaluation" or "self-evaluation" => WorkflowSubject.SelfEvaluation,
        _ => null,
    };

    /// <summary>An action of that name with placeholder input, to ask the workflow whether it is possible now.</summary>
    public static WorkflowAction Probe(string name) => name switch
    {
        "return" => new ReturnAction([new ReviewOpinion("?")]),
        "approve" => new ApproveAction(Grade.Excellent),
        _ => ToAction(name, null).Value!,
    };

    private static ImmutableArray<ReviewOpinion> Opinions(IReadOnlyList<OpinionInput>? given) =>
        [.. (given ?? []).Where(o => !string.IsNullOrWhiteSpace(o.Text)).Select(o => new ReviewOpinion(o.Text!,
            string.IsNullOrWhiteSpace(o.Fund) || string.IsNullOrWhiteSpace(o.Indicator)
                ? null
                : new IndicatorKey(o.Fund, o.Level1 ?? "", o.Level2 ?? "", o.Indicator) { Id = o.IndicatorId }))];

    private static Grade? GradeOf(string? text) => text?.Trim() switch
    {
        "优" => Grade.Excellent,
        "良" => Grade.Good,
        "中" => Grade.Fair,
        "差" => Grade.Poor,
        { } other when Enum.TryParse<Grade>(other, ignoreCase: true, out var grade) && Enum.IsDefined(grade) && !int.TryParse(other, out _) => grade,
        _ => null,
    };
}
