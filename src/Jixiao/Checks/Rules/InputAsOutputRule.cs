using Jixiao.Diagnostics;

namespace Jixiao.Checks.Rules;

/// <summary>
/// input-as-output: money, staff or purchases posed as performance (资金投入, 购置设备; rules.md §6: inputs are
/// not outputs). Cost indicators (成本指标 and its kinds) are about money by design and are left alone.
/// </summary>
public sealed class InputAsOutputRule(CompiledProfile profile) : IndicatorRule("input-as-output", Severity.Info)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var indicator = scope.Indicator;
        if (profile.InputWordSearch.FindIn(indicator.Name) is { } word
            && !scope.Facts.Categories.IsCost)
        {
            findings.Add(About(scope.Fund, indicator, null, indicator.Name, word));
        }
    }
}
