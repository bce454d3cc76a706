using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Checks.Rules;

/// <summary>
/// ladder-overlap, ladder-gap, ladder-missing-operator, ladder-incomplete, ladder-order: one rule per kind
/// of <see cref="LadderDefect"/> (rules.md §3). The ladder computes its defects once; each rule reports its
/// kind at the grade step concerned, with the line of that step's row.
/// </summary>
public sealed class LadderDefectRule : IndicatorRule
{
    private readonly LadderDefectKind _kind;

    private LadderDefectRule(string id, Severity severity, LadderDefectKind kind) : base(id, severity) => _kind = kind;

    public static LadderDefectRule Overlap() => new("ladder-overlap", Severity.Error, LadderDefectKind.Overlap);

    public static LadderDefectRule Gap() => new("ladder-gap", Severity.Error, LadderDefectKind.Gap);

    public static LadderDefectRule MissingOperator() => new("ladder-missing-operator", Severity.Error, LadderDefectKind.MissingComparator);

    public static LadderDefectRule Incomplete() => new("ladder-incomplete", Severity.Warning, LadderDefectKind.Incomplete);

    public static LadderDefectRule Order() => new("ladder-order", Severity.Error, LadderDefectKind.Order);

    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        if (scope.Indicator.Target is not LadderTarget { Ladder: var ladder })
        {
            return;
        }
        foreach (var defect in ladder.Defects)
        {
            if (defect.Kind == _kind)
            {
                findings.Add(Report(scope, ladder, defect));
            }
        }
    }

    private Finding Report(in IndicatorScope scope, GradeLadder ladder, LadderDefect defect)
    {
        var index = defect.StepIndex;
        var step = index is { } i ? ladder.Steps[i] : null;
        var stepText = step?.Text ?? "";
        var finding = _kind switch
        {
            LadderDefectKind.Overlap when defect.From == defect.To =>
                About(scope.Fund, scope.Indicator, "At", stepText, Number(defect.From)),
            LadderDefectKind.Overlap or LadderDefectKind.Gap =>
                About(scope.Fund, scope.Indicator, null, stepText, Number(defect.From), Number(defect.To)),
            LadderDefectKind.MissingComparator =>
                About(scope.Fund, scope.Indicator, null, stepText, AsRead(ladder, index ?? 0)),
            LadderDefectKind.Incomplete when defect.MissingGrades is { Count: > 0 } missing =>
                About(scope.Fund, scope.Indicator, IsOpen(ladder) ? "Grades" : null, Grades(ladder.Steps.Select(s => s.Grade)), Grades(missing)),
            LadderDefectKind.Incomplete => About(scope.Fund, scope.Indicator, "NotOpen", ladder.ToString()),
            LadderDefectKind.Order => About(scope.Fund, scope.Indicator, null, stepText, ladder.ToString()),
        };
        var sources = scope.Indicator.Sources;
        return finding with
        {
            Step = step?.Text,
            Where = index is { } at && sources.Length == ladder.Steps.Length ? sources[at] : finding.Where,
        };
    }

    /// <summary>How Jixiao reads a step without comparator: <c>60差</c> as <c>&lt;60差</c>.</summary>
    private static string AsRead(GradeLadder ladder, int index)
    {
        var step = ladder.Steps[index];
        return ladder.EffectiveComparator(index).Symbol() + Number(step.Value) + step.Unit + step.Grade.ChineseName();
    }

    /// <summary>Whether the worst band is open (<c>&lt;50差</c> in an upward ladder), so that every low value has a grade.</summary>
    private static bool IsOpen(GradeLadder ladder)
    {
        var last = ladder.EffectiveComparator(ladder.Steps.Length - 1);
        return ladder.Steps.Length > 1 && (ladder.IsUpward ? last.IsUpperBound() : last.IsLowerBound());
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Grades(IEnumerable<Grade> grades) => string.Join("、", grades.Select(g => g.ChineseName()));
}
