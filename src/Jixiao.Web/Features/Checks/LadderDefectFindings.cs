using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Targets;
using Jixiao.Web.Features.TargetHints;

namespace Jixiao.Web.Features.Checks;

/// <summary>
/// The findings the library can give before the linter lands: the defects of each grade ladder
/// (<see cref="GradeLadder.Defects"/>, rules.md §3), with the rule ids the linter uses (ladder-*).
/// </summary>
public sealed class LadderDefectFindings : IFindingsSource
{
    public IReadOnlyList<FindingView> Find(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var findings = new List<FindingView>();
        foreach (var (fund, indicator) in goals.AllIndicators())
        {
            if (indicator.Target is not LadderTarget { Ladder: var ladder })
            {
                continue;
            }
            foreach (var defect in ladder.Defects)
            {
                var step = defect.StepIndex is { } i && i < ladder.Steps.Length ? ladder.Steps[i].Text : null;
                findings.Add(new FindingView(RuleId(defect.Kind), Severity(defect.Kind), fund.Name, indicator.Name, step,
                    TargetInterpretation.DefectText(defect)));
            }
        }
        return findings;
    }

    private static string RuleId(LadderDefectKind kind) => kind switch
    {
        LadderDefectKind.Overlap => "ladder-overlap",
        LadderDefectKind.Gap => "ladder-gap",
        LadderDefectKind.MissingComparator => "ladder-missing-operator",
        LadderDefectKind.Incomplete => "ladder-incomplete",
        LadderDefectKind.Order => "ladder-order",
    };

    private static Severity Severity(LadderDefectKind kind) => kind switch
    {
        LadderDefectKind.Overlap or LadderDefectKind.Gap or LadderDefectKind.Order => Diagnostics.Severity.Error,
        LadderDefectKind.MissingComparator or LadderDefectKind.Incomplete => Diagnostics.Severity.Warning,
    };
}
