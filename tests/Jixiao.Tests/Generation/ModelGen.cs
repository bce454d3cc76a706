using System.Collections.Immutable;
using CsCheck;
using Jixiao.Goals;
using Jixiao.Goals.Codes;
using Jixiao.Targets;

namespace Jixiao.Tests.Generation;

/// <summary>CsCheck generators of arbitrary (valid) canonical models, for property tests.</summary>
internal static class ModelGen
{
    private static Gen<T> Element<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static readonly Gen<char> Chinese = Gen.Char['\u4E00', '\u9FA5'];

    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (6, Chinese), (2, Gen.Char.AlphaNumeric), (1, Element(' ', '"', '\\', '\n', '≥', '%', '<', '&', '\t', '·')));

    public static readonly Gen<string> Text = AnyChar.Array[0, 30].Select(chars => new string(chars));

    public static readonly Gen<string> Name = Gen.Select(Chinese, Text).Select((first, rest) => first + rest.Trim());

    private static readonly Gen<decimal> Number = Gen.Select(Gen.Int[-100000, 100000], Gen.Int[0, 3])
        .Select((units, scale) => new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale));

    private static readonly Gen<Comparator> Comparators = Gen.Enum<Comparator>();

    private static readonly Gen<string?> Unit = Element<string?>(null, "%", "人次", "天", "万元", "元/亩");

    private static readonly Gen<LadderStep> Step = Gen.Select(Gen.Enum<Grade>(), Comparators, Gen.Bool, Number, Unit, Text)
        .Select((grade, comparator, hasComparator, value, unit, text) => new LadderStep(grade, hasComparator ? comparator : null, value, unit, text));

    public static readonly Gen<Target> Target = Gen.OneOf<Target>(
        Gen.Select(Text, Comparators, Number, Unit, Gen.Bool).Select((t, c, v, u, i) => (Target)new QuantitativeTarget(t, c, v, u, i)),
        Gen.Select(Text, Number, Number, Unit).Select((t, a, b, u) => (Target)new RangeTarget(t, Math.Min(a, b), Math.Max(a, b), u)),
        Text.Select(t => (Target)new QualitativeTarget(t)),
        Text.Select(t => (Target)new DeadlineTarget(t)),
        Gen.Select(Text, Step.Array[1, 5]).Select((t, steps) => (Target)new LadderTarget(t, new GradeLadder(steps))),
        Gen.Select(Text, Gen.Enum<TargetProblem>(), Gen.Bool).Select((t, p, has) => (Target)new TextTarget(t, has ? p : null)));

    private static readonly Gen<Weight?> Weights = Gen.Int[0, 10000].Select(n => n == 0 ? (Weight?)null : new Weight(n / 100m));

    private static readonly Gen<Direction?> Directions = Gen.Int[0, 3].Select(n => n == 3 ? (Direction?)null : (Direction)n);

    public static readonly Gen<Indicator> Indicator = Gen.Select(Text, Text, Name, Text, Target, Text, Weights, Directions)
        .Select((l1, l2, name, description, target, basis, weight, direction) => new Indicator(l1, l2, name, description, target, basis, weight, direction));

    private static readonly Gen<FundMoney?> Money = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1000000], Gen.Int[0, 1000000])
        .Select((kind, a, b) => kind == 0 ? null : new FundMoney(a, kind > 1 ? b : null, kind > 2 ? a - Math.Min(a, b) : null));

    /// <summary>A code or none; made unique by the index of its holder.</summary>
    private static readonly Gen<string?> CodeStem = Element<string?>(null, null, "101001", "530102-2021-JY-", "ZB.", "p_");

    private static Code? CodeOf(string? stem, int index) => stem is null ? null : Code.Parse(stem + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<RegionCode?> Region = Element<RegionCode?>(null, RegionCode.Parse("53"), RegionCode.Parse("5301"), RegionCode.Parse("530102"), RegionCode.Parse("530102001"));

    private static readonly Gen<ProjectPeriod?> Period = Gen.Select(Gen.Int[0, 2], Gen.Int[2000, 2098], Gen.Int[0, 2])
        .Select((kind, start, length) => kind == 0 ? null : new ProjectPeriod(new FiscalYear(start), new FiscalYear(start + length)));

    public static readonly Gen<Fund> Fund = Gen.Select(Name, Text.Array[0, 3], Indicator.Array[0, 6], Money, Gen.Select(CodeStem, Gen.Int[0, 2], Period, Text))
        .Select((name, goals, indicators, money, identity) => new Fund(name, [.. goals], [.. indicators.Select((i, n) => i with { Code = CodeOf(identity.Item1, n) })], money)
        {
            Category = identity.Item2 == 2 ? null : (ProjectCategory)identity.Item2,
            Period = identity.Item3,
            MediumTermGoal = identity.Item4,
        });

    public static readonly Gen<GoalSet> GoalSet = Gen.Select(Gen.Int[FiscalYear.Min, FiscalYear.Max], Gen.Select(Name, CodeStem, Region), Text.Array[0, 4], Text.Array[0, 3], Text.Array[0, 3], Gen.Select(Fund.Array[0, 4], CodeStem))
        .Select((year, department, goals, subGoals, safeguards, funds) =>
            new GoalSet(new FiscalYear(year), new Department(department.Item1) { Code = CodeOf(department.Item2, 0), Region = department.Item3 },
                new DepartmentGoals([.. goals], [.. subGoals], [.. safeguards]), [.. funds.Item1.Select((f, n) => f with { Code = CodeOf(funds.Item2, n) })]));
}
