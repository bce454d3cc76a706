using Jixiao.Diagnostics;
using Jixiao.Targets;

namespace Jixiao.Checks.Rules;

/// <summary>
/// target-unit-mismatch: the unit contradicts the measure the indicator's name announces (a 率 in days, a
/// 时间 in %), or a rate is set above its ceiling (<c>≥100%</c> can only be met by exactly 100%, <c>≥120%</c>
/// never). Which endings announce which measure, and which units fit it, come from the profile.
/// Targets without a unit (<c>≥95优</c>) say nothing about the unit and are left alone.
/// </summary>
public sealed class TargetUnitMismatchRule(CompiledProfile profile) : IndicatorRule("target-unit-mismatch", Severity.Warning)
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var measure = scope.Facts.Measure;
        if (measure < 0)
        {
            return;
        }
        var target = scope.Indicator.Target;
        switch (target)
        {
            case QuantitativeTarget quantity:
                CheckUnit(scope, measure, quantity.Unit, findings);
                if (quantity.Unit == Units.Percent && AboveCeiling(measure, quantity))
                {
                    findings.Add(About(scope.Fund, scope.Indicator, "Ceiling", target.Text, Ceiling(measure)));
                }
                break;
            case RangeTarget range:
                CheckUnit(scope, measure, range.Unit, findings);
                break;
            case LadderTarget ladder:
                foreach (var step in ladder.Ladder.Steps)
                {
                    if (CheckUnit(scope, measure, step.Unit, findings))
                    {
                        break;
                    }
                }
                break;
        }
    }

    private bool CheckUnit(in IndicatorScope scope, int measure, string? unit, List<Finding> findings)
    {
        if (unit is null || profile.MeasureUnits[measure].Contains(unit))
        {
            return false;
        }
        var kind = new LocalizedText("Lint.Measure." + profile.Measures[measure].Kind);
        findings.Add(About(scope.Fund, scope.Indicator, null, scope.Indicator.Name, kind, scope.Indicator.Target.Text, unit,
            string.Join("、", profile.Measures[measure].Units)));
        return true;
    }

    /// <summary>Above the ceiling, or at it with a comparator that asks for more (≥100%, &gt;100%).</summary>
    private bool AboveCeiling(int measure, QuantitativeTarget quantity)
    {
        if (profile.Measures[measure].Ceiling is not { } ceiling)
        {
            return false;
        }
        return quantity.Comparator.IsLowerBound() && !quantity.ComparatorImplied
            ? quantity.Value >= ceiling
            : quantity.Value > ceiling;
    }

    private string Ceiling(int measure) =>
        (profile.Measures[measure].Ceiling ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture) + Units.Percent;
}
