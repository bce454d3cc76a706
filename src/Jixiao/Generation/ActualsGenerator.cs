using System.Globalization;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Generation;

/// <summary>
/// 实际完成值 for generated goals, written the way users write them (<c>96%</c>, <c>1180人次</c>, <c>达成年度指标</c>):
/// mostly near the target, some missed (with a 偏差原因), some beyond it, and budget figures with units.
/// Deterministic, so demo data is the same on every first start.
/// </summary>
public sealed class ActualsGenerator(int seed = 2020)
{
    private readonly DeterministicRandom _random = new((ulong)(uint)seed * 0x2545F4914F6CDD1DUL);

    /// <summary>The actual value and deviation reason of one indicator.</summary>
    public (string Actual, string? Reason) For(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var factor = _random.Next(80, 116) / 100m;
        var actual = indicator.Target switch
        {
            QuantitativeTarget { Value: 0 } q => Number(0, q.Unit),
            QuantitativeTarget q when q.Comparator.IsUpperBound() => Number(q.Value * (2 - factor), q.Unit),
            QuantitativeTarget q => Number(q.Value * factor, q.Unit),
            RangeTarget r => Number((r.Low + r.High) / 2 * factor, r.Unit),
            LadderTarget l => Number(l.Ladder.Steps[0].Value * factor, l.Ladder.Steps[0].Unit),
            DeadlineTarget => factor >= 0.9m ? "按期完成" : "部分达成年度指标并具有一定效果",
            _ => factor >= 0.9m ? "达成年度指标" : "部分达成年度指标并具有一定效果",
        };
        return (actual, factor < 1 ? "受项目实施进度影响，已调整工作计划" : null);
    }

    /// <summary>全年预算数 and 全年执行数 of a fund with money: 85% to 100% executed, in 万元.</summary>
    public (string Annual, string Executed)? BudgetFor(Fund fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        if (fund.Money?.Total is not { } total || total <= 0)
        {
            return null;
        }
        var executed = total * _random.Next(85, 101) / 100m;
        return (WanYuan(total), WanYuan(executed));
    }

    private static string Number(decimal value, string? unit) =>
        Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture) + unit;

    private static string WanYuan(decimal yuan) => (yuan / 10000m).ToString("0.##", CultureInfo.InvariantCulture) + "万元";
}
