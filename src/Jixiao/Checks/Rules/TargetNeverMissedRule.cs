using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Checks.Rules;

/// <summary>
/// target-never-missed: a target no result can fail — <c>≥0</c> (also <c>0起</c>, read as "reach 0"), a share
/// <c>≤100%</c>, a range from 0% to 100% — so the indicator is met whatever happens and scores full points. Usually a
/// "none" meant as "at most" (事故 <c>0起</c> should be <c>≤0起</c> or <c>无</c>) or a ceiling written as a target.
/// </summary>
public sealed class TargetNeverMissedRule() : IndicatorRule("target-never-missed", Severity.Warning)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var target = scope.Indicator.Target;
        var never = target switch
        {
            QuantitativeTarget { Comparator: Comparator.GreaterOrEqual, Value: <= 0 } => true,
            QuantitativeTarget { Comparator: Comparator.LessOrEqual, Value: >= 100, Unit: Units.Percent } => true,
            RangeTarget { Low: <= 0, High: >= 100, Unit: Units.Percent } => true,
            _ => false,
        };
        if (never)
        {
            findings.Add(About(scope.Fund, scope.Indicator, null, scope.Indicator.Name, target.Text));
        }
    }
}
