using Jixiao.Evaluation.Actuals;
using Jixiao.Generation;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Bench;

/// <summary>
/// Departments of the generated province with a year's actuals for every indicator: numbers around the
/// target (some missed, some far beyond), ladder values over the whole scale, tiers with and without an
/// entered score, a few 不适用, reasons now and then, and the money of each fund.
/// </summary>
public static class EvaluationSample
{
    public static (GoalSet Goals, ActualSet Actuals)[] Create(int departments, int seed = 2020)
    {
        var generator = new ProvinceGenerator(ProvinceGenerator.Province);
        var random = new Random(seed);
        return [.. Enumerable.Range(0, departments).Select(i =>
        {
            var goals = generator.Department(i);
            return (goals, new ActualSet([.. goals.Funds.Select(f => Fund(f, random))]));
        })];
    }

    private static FundActuals Fund(Fund fund, Random random)
    {
        var entries = fund.Indicators.Select(i => Entry(i, random)).ToArray();
        BudgetFigures? budget = fund.Money?.Total is { } total and > 0
            ? new BudgetFigures(total, total, Math.Round(total * (decimal)(0.7 + random.NextDouble() * 0.35), 2), null,
                random.NextDouble() < 0.5 ? "项目延期" : "", random.NextDouble() < 0.3 ? 9 : null, null)
            : null;
        return new FundActuals(entries, budget);
    }

    private static ActualEntry? Entry(Indicator indicator, Random random)
    {
        if (random.NextDouble() < 0.02)
        {
            return null;
        }
        var reason = random.NextDouble() < 0.5 ? "受政策调整影响" : "";
        decimal? entered = random.NextDouble() < 0.3 ? random.Next(0, 11) : null;
        ActualValue value = random.NextDouble() < 0.03 ? ActualValue.NotApplicable("不适用") : indicator.Target switch
        {
            QuantitativeTarget q => Number(q.Value * (decimal)(0.5 + random.NextDouble() * 1.2), q.Unit),
            RangeTarget r => Number(r.Low * (decimal)(0.8 + random.NextDouble() * 0.4), r.Unit),
            LadderTarget => Number((decimal)(random.NextDouble() * 110), null),
            _ => ActualValue.OfTier((QualitativeTier)random.Next(3), "完成"),
        };
        return new ActualEntry(value, reason, entered, null);
    }

    private static ActualValue Number(decimal value, string? unit)
    {
        var rounded = Math.Round(value, 1);
        return ActualValue.OfNumber(rounded, unit, rounded.ToString(System.Globalization.CultureInfo.InvariantCulture) + unit);
    }
}
