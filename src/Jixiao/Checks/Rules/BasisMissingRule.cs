using Jixiao.Diagnostics;

namespace Jixiao.Checks.Rules;

/// <summary>basis-missing: no 指标值确定依据, so a reviewer cannot judge whether the target is proportionate (rules.md §4).</summary>
public sealed class BasisMissingRule() : IndicatorRule("basis-missing", Severity.Warning)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        if (scope.Indicator.Basis.Length == 0)
        {
            findings.Add(About(scope.Fund, scope.Indicator, null, scope.Indicator.Name));
        }
    }
}
