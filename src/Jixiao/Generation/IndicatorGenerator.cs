using System.Globalization;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Generation;

/// <summary>
/// Generates indicators in the usual proportions: most under 产出 (数量/质量/时效/成本), then 效益 and 满意度,
/// with the target forms of target-values.md and, now and then, the defects real tables have.
/// </summary>
internal static class IndicatorGenerator
{
    private const double DefectRate = 0.04;

    public static Indicator Indicator(DeterministicRandom random, int index, int count, bool weighted)
    {
        var share = (double)index / count;
        var (level1, level2, name, target, categoryPoints, inCategory) = share switch
        {
            < 0.6 => Output(random, index),
            < 0.87 => Outcome(random),
            _ => Satisfaction(random),
        };
        if (random.Chance(DefectRate))
        {
            level1 = level1 == "效益指标" ? "效果指标" : level1;
            name = random.Chance(0.5) ? name + "和" + random.Pick(Vocabulary.Objects) + "完成率" : name;
        }
        var basis = random.Chance(DefectRate) ? random.Pick(Vocabulary.OddBases) : random.Pick(Vocabulary.StandardBases);
        var description = $"反映{name}情况";
        var weight = weighted ? new Weight(Math.Round(categoryPoints / (decimal)Math.Max(1, count * inCategory), 2) is var p && p > 0 ? p : 1) : (Weight?)null;
        var direction = weighted ? target.ImpliedDirection : null;
        return new Indicator(level1, level2, name, description, target, basis, weight, direction);
    }

    private static (string, string, string, Target, decimal, double) Output(DeterministicRandom random, int index)
    {
        var thing = random.Pick(Vocabulary.Objects);
        return (index % 4) switch
        {
            0 => ("产出指标", "数量指标", $"{thing}数量", Quantity(random, "≥", random.Next(5, 3000), random.Pick(Vocabulary.CountUnits)), 50m, 0.6),
            1 => ("产出指标", "质量指标", $"{thing}合格率", Quality(random), 50m, 0.6),
            2 => ("产出指标", "时效指标", $"{thing}完成及时性", Timeliness(random), 50m, 0.6),
            _ => ("产出指标", "成本指标", $"{thing}成本", Quantity(random, "≤", random.Next(1, 500), random.Chance(0.5) ? "万元" : "元/人"), 50m, 0.6),
        };
    }

    private static (string, string, string, Target, decimal, double) Outcome(DeterministicRandom random)
    {
        var thing = random.Pick(Vocabulary.Objects);
        return random.Next(4) switch
        {
            0 => ("效益指标", "社会效益指标", $"{thing}服务水平", Parse(random.Pick(Vocabulary.Qualitative)), 30m, 0.27),
            1 => ("效益指标", "社会效益指标", $"{thing}覆盖率", Quantity(random, random.Chance(0.2) ? "不低于" : "≥", random.Next(80, 101), "%"), 30m, 0.27),
            2 => ("效益指标", "经济效益指标", "带动就业人数", Quantity(random, "≥", random.Next(10, 500), "人"), 30m, 0.27),
            _ => ("效益指标", "可持续影响指标", "长效管理机制", Parse(random.Chance(0.5) ? "长期" : "持续影响"), 30m, 0.27),
        };
    }

    private static (string, string, string, Target, decimal, double) Satisfaction(DeterministicRandom random) =>
        ("满意度指标", "服务对象满意度指标", $"{random.Pick(Vocabulary.Objects)}对象满意度",
            random.Chance(0.3) ? Ladder(random) : Quantity(random, random.Chance(0.5) ? "≥" : "大于等于", random.Next(80, 100), "%"), 10m, 0.13);

    private static Target Quality(DeterministicRandom random) => random.Next(3) switch
    {
        0 => Ladder(random),
        1 => Quantity(random, "≥", random.Next(90, 101), random.Chance(0.1) ? "百分比" : "%"),
        _ => Parse($"{random.Next(90, 100)}%以上"),
    };

    private static Target Timeliness(DeterministicRandom random) => random.Next(3) switch
    {
        0 => Parse(random.Pick(Vocabulary.Deadlines)),
        1 => Quantity(random, "≤", random.Next(3, 60), random.Chance(0.5) ? "天" : "个工作日"),
        _ => Quantity(random, "≥", random.Next(90, 101), "%"),
    };

    private static Target Ladder(DeterministicRandom random)
    {
        var top = random.Next(85, 100);
        var good = top - random.Next(10, 20);
        var fair = good - random.Next(10, 20);
        if (random.Chance(DefectRate * 2))
        {
            // The seed's defects: an overlap or a missing comparator.
            return TargetParser.ParseRows(random.Chance(0.5)
                ? [$"≥{top}优", $"≥{good}良", $"≥{good}中"]
                : [$"≥{top}优", $"≥{good}良", $"{fair}差"]);
        }
        return TargetParser.ParseRows([$"≥{top}优", $"≥{good}良", $"≥{fair}中", $"<{fair}差"]);
    }

    private static Target Quantity(DeterministicRandom random, string comparator, int value, string unit) =>
        Parse(string.Concat(comparator, value.ToString(CultureInfo.InvariantCulture), unit));

    private static Target Parse(string text) => TargetParser.Parse(text);
}
