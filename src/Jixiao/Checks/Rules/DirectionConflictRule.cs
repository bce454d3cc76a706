using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Checks.Rules;

/// <summary>
/// direction-conflict: the 指标性质 column (正向/反向/定性) disagrees with the comparator written in the
/// target (rules.md §2), so scoring could go either way. A comparator Jixiao only implied (<c>100%</c>)
/// yields to the column and is no conflict; nor is 正向 on a qualitative target, which tables write to
/// mean "more is better".
/// </summary>
public sealed class DirectionConflictRule() : IndicatorRule("direction-conflict", Severity.Error)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var indicator = scope.Indicator;
        if (indicator.Direction is not { } stated || indicator.Target is QuantitativeTarget { ComparatorImplied: true })
        {
            return;
        }
        var implied = indicator.Target.ImpliedDirection;
        var conflict = (stated, implied) switch
        {
            (_, null) => false,
            (Direction.Positive or Direction.Negative, Direction.Qualitative) => false,
            _ => stated != implied,
        };
        if (conflict)
        {
            findings.Add(About(scope.Fund, indicator, null, stated.ChineseName(), indicator.Target.Text, implied!.Value.ChineseName()));
        }
    }
}
