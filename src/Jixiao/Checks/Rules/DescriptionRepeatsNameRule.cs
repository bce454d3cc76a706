using Jixiao.Diagnostics;

namespace Jixiao.Checks.Rules;

/// <summary>
/// description-repeats-name: the 绩效指标描述 only repeats the 三级指标, so it says nothing about what is
/// counted and how (rules.md §6, 可行性).
/// </summary>
public sealed class DescriptionRepeatsNameRule() : IndicatorRule("description-repeats-name", Severity.Info)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var indicator = scope.Indicator;
        if (indicator.Description.AsSpan().TrimEnd("。.；; ").SequenceEqual(indicator.Name))
        {
            findings.Add(About(scope.Fund, indicator, null, indicator.Name));
        }
    }
}
