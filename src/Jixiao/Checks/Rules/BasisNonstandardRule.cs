using Jixiao.Diagnostics;

namespace Jixiao.Checks.Rules;

/// <summary>
/// basis-nonstandard: a 指标值确定依据 that names none of the profile's standards (计划标准, 行业标准, 历史标准,
/// 预算支出标准, 其他标准; rules.md §4). A basis that names one and adds detail (计划标准：年度工作计划) is fine.
/// </summary>
public sealed class BasisNonstandardRule(CompiledProfile profile) : IndicatorRule("basis-nonstandard", Severity.Warning)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var basis = scope.Indicator.Basis;
        if (basis.Length == 0 || profile.BaseSet.Contains(basis) || profile.BaseSearch.FindIn(basis) is not null)
        {
            return;
        }
        findings.Add(About(scope.Fund, scope.Indicator, null, basis, string.Join("、", profile.Bases)));
    }
}
