using System.Globalization;
using Jixiao.Data.Common;
using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Data.TargetHints;

/// <summary>
/// What Jixiao understood of a target (指标值), ready to show beside it: a one-line summary such as
/// <c>≥ 95 %, 正向</c>, the ladder steps as badges, and the problems found before saving.
/// </summary>
public sealed record TargetInterpretation(string Kind, string Summary, IReadOnlyList<LadderStepBadge> Steps, IReadOnlyList<string> Problems)
{
    public static TargetInterpretation Of(Target target, Direction? direction)
    {
        ArgumentNullException.ThrowIfNull(target);
        var directionText = direction is { } d ? ", " + UiText.Culture switch
        {
            var c when c == Cultures.English => d.ToString().ToLowerInvariant(),
            _ => d.ChineseName(),
        } : "";
        return target switch
        {
            QuantitativeTarget q => new("quantitative", $"{q.Comparator.Symbol()} {Number(q.Value)}{Unit(q.Unit)}{directionText}", [],
                q.ComparatorImplied ? [Text("Web.Target.ComparatorImplied", q.Comparator.Symbol())] : []),
            RangeTarget r => new("range", $"{Number(r.Low)} – {Number(r.High)}{Unit(r.Unit)}", [], []),
            QualitativeTarget => new("qualitative", Text("Web.Target.Qualitative"), [], []),
            DeadlineTarget => new("deadline", Text("Web.Target.Deadline"), [], []),
            LadderTarget l => Ladder(l.Ladder, directionText),
            TextTarget { IsEmpty: true } => new("text", Text("Web.Target.Empty"), [], [Text("Web.Target.Empty")]),
            TextTarget t => new("text", Text("Web.Target.Unread"), [], t.Problem is { } p ? [Text("Web.Target.Problem." + p)] : []),
            _ => new("text", target.Text, [], []),
        };
    }

    private static TargetInterpretation Ladder(GradeLadder ladder, string directionText)
    {
        var steps = ladder.Steps.Select((step, i) => new LadderStepBadge(
            step.Grade.ToString().ToLowerInvariant(), UiText.IsEnglish ? step.Grade.EnglishName() : step.Grade.ChineseName(),
            $"{ladder.EffectiveComparator(i).Symbol()} {Number(step.Value)}{Unit(step.Unit)}", step.Text,
            ladder.Defects.Any(d => d.StepIndex == i))).ToList();
        var problems = ladder.Defects.Select(DefectText).ToList();
        return new("ladder", Text("Web.Target.Ladder", steps.Count) + directionText, steps, problems);
    }

    /// <summary>The defect in words, naming the step and the values concerned.</summary>
    public static string DefectText(LadderDefect defect)
    {
        ArgumentNullException.ThrowIfNull(defect);
        var missing = defect.MissingGrades is { Count: > 0 } grades
            ? string.Join(UiText.IsEnglish ? ", " : "、", grades.Select(g => UiText.IsEnglish ? g.EnglishName() : g.ChineseName()))
            : "";
        return Text("Web.Defect." + defect.Kind, (defect.StepIndex ?? 0) + 1, NumberOrBlank(defect.From), NumberOrBlank(defect.To), missing);
    }

    private static string Text(string key, params object?[] arguments) => new LocalizedText(key, arguments).Format(UiText.Culture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string NumberOrBlank(decimal? value) => value is { } v ? Number(v) : "";

    private static string Unit(string? unit) => unit is null ? "" : unit == "%" ? " %" : " " + unit;
}

/// <summary>One step of a grade ladder shown as a badge: 优 ≥ 95.</summary>
public sealed record LadderStepBadge(string Grade, string GradeName, string Condition, string Written, bool Defective);
