using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Checks.Rules;

/// <summary>target-missing: the 指标值 cell is blank, so the indicator can be neither monitored nor scored.</summary>
public sealed class TargetMissingRule() : IndicatorRule("target-missing", Severity.Error)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        if (scope.Indicator.Target is TextTarget { IsEmpty: true })
        {
            findings.Add(About(scope.Fund, scope.Indicator, null, scope.Indicator.Name));
        }
    }
}
