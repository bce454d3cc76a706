using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Checks.Rules;

/// <summary>
/// target-not-measurable: words where a number is needed. Under the 二级指标 the profile marks numeric
/// (数量, 质量, 时效, 成本) a target must be a number, a range, a ladder or a real deadline; qualitative
/// text (效果明显) and the profile's vague words (及时, which reads as a deadline but fixes none) are not.
/// 效益 and 满意度 indicators may be qualitative (rules.md §5 scores them by tiers), so they are left alone.
/// </summary>
public sealed class TargetNotMeasurableRule(CompiledProfile profile) : IndicatorRule("target-not-measurable", Severity.Warning)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        if (scope.Facts.Level2.Standard is not { } level2 || !profile.NumericSubcategories.Contains(level2))
        {
            return;
        }
        var target = scope.Indicator.Target;
        var vague = target switch
        {
            QualitativeTarget => true,
            TextTarget { IsEmpty: false, Problem: null } => true,
            DeadlineTarget => profile.VagueWords.Contains(target.Text.Trim()),
            _ => false,
        };
        if (vague)
        {
            findings.Add(About(scope.Fund, scope.Indicator, null, target.Text, scope.Indicator.Level2));
        }
    }
}
