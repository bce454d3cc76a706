using System.Collections.Immutable;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Generation;

/// <summary>Generates one fund with its money, goal statements and indicator table.</summary>
internal static class FundGenerator
{
    public static Fund Fund(DeterministicRandom random, int indicatorCount, HashSet<string> usedNames)
    {
        var name = random.Pick(Vocabulary.FundTopics) + random.Pick(Vocabulary.FundSuffixes);
        for (var n = 2; !usedNames.Add(name); n++)
        {
            name = $"{random.Pick(Vocabulary.FundTopics)}{random.Pick(Vocabulary.FundSuffixes)}（{n}）";
        }
        var goals = ImmutableArray.CreateRange(Enumerable.Range(0, random.Next(1, 4)).Select(_ => GoalStatement(random)));
        var weighted = random.Chance(0.3);
        var indicators = ImmutableArray.CreateBuilder<Indicator>(indicatorCount);
        for (var i = 0; i < indicatorCount; i++)
        {
            indicators.Add(IndicatorGenerator.Indicator(random, i, indicatorCount, weighted));
        }
        return new Fund(name, goals, indicators.MoveToImmutable(), Money(random));
    }

    public static string GoalStatement(DeterministicRandom random) =>
        $"{random.Pick(Vocabulary.GoalVerbs)}{random.Pick(Vocabulary.GoalObjects)}，确保全年{random.Pick(Vocabulary.Objects)}任务按期完成。";

    private static FundMoney? Money(DeterministicRandom random)
    {
        if (random.Chance(0.15))
        {
            return null;
        }
        var total = random.Next(10, 5000) * 10000m;
        var fiscal = random.Chance(0.7) ? total : total * random.Next(60, 100) / 100m;
        return new FundMoney(total, fiscal, total - fiscal);
    }
}
