using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Generation;

/// <summary>
/// Generates a realistic province deterministically: departments of counties, each with its overall
/// goals and funds of indicators written the way real tables write them (quantitative targets,
/// ladders, deadlines, words), including the defects real documents carry at a realistic rate.
/// Department <c>i</c> depends only on the seed and <c>i</c>, so any part can be generated alone.
/// </summary>
public sealed class ProvinceGenerator(ProvinceShape shape, int seed = 2020)
{
    public ProvinceShape Shape { get; } = shape;

    /// <summary>The standard benchmark province: 10,000 departments × 20 funds × 15 indicators.</summary>
    public static ProvinceShape Province { get; } = new(10_000, 20, 15);

    public IEnumerable<GoalSet> Departments()
    {
        for (var i = 0; i < Shape.Departments; i++)
        {
            yield return Department(i);
        }
    }

    public GoalSet Department(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = new DeterministicRandom(((ulong)(uint)seed << 32) ^ (ulong)index * 0x9E3779B1UL);
        var name = DepartmentName(index);
        var funds = ImmutableArray.CreateBuilder<Fund>(Shape.FundsPerDepartment);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < Shape.FundsPerDepartment; f++)
        {
            funds.Add(FundGenerator.Fund(random, Shape.IndicatorsPerFund, usedNames));
        }
        return new GoalSet(new FiscalYear(Shape.Year), new Department(name), Overall(random), funds.MoveToImmutable());
    }

    /// <summary>A unique name for every index: county (two different syllables and a kind) × agency.</summary>
    public static string DepartmentName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var agencies = Vocabulary.Agencies;
        var syllables = Vocabulary.PlaceSyllables;
        var county = index / agencies.Length;
        var pairs = syllables.Length * (syllables.Length - 1);
        var pair = county % pairs;
        var first = pair / (syllables.Length - 1);
        var second = pair % (syllables.Length - 1);
        // Never the same syllable twice (安安县 reads as a typing error).
        second = second >= first ? second + 1 : second;
        var kinds = Vocabulary.PlaceKinds;
        var kind = kinds[county / pairs % kinds.Length];
        var prefix = county >= pairs * kinds.Length ? $"第{county / (pairs * kinds.Length)}" : "";
        return $"{prefix}{syllables[first]}{syllables[second]}{kind}{agencies[index % agencies.Length]}";
    }

    private static DepartmentGoals Overall(DeterministicRandom random)
    {
        ImmutableArray<string> Statements(int count) =>
            [.. Enumerable.Range(0, count).Select(_ => FundGenerator.GoalStatement(random))];
        return new DepartmentGoals(Statements(random.Next(4, 13)), Statements(random.Next(2, 5)), Statements(random.Next(2, 5)));
    }
}

/// <summary>The size of a generated province.</summary>
public sealed record ProvinceShape(int Departments, int FundsPerDepartment, int IndicatorsPerFund, int Year = 2024);
