using System.Collections.Immutable;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Evaluation;

/// <summary>Small builders for evaluation tests: an indicator from its target text, an actual from its cell.</summary>
internal static class Build
{
    public static Indicator Indicator(string target, string level1 = "产出指标", decimal? weight = null, Direction? direction = null, string name = "指标") =>
        new(level1, "数量指标", name, "", TargetParser.Parse(target, TargetContext.For(level1, null)), "计划标准",
            weight is { } w ? new Weight(w) : null, direction);

    public static ActualEntry Actual(string text, string reason = "", decimal? score = null)
    {
        ActualValue? value = ActualValueReader.TryRead(text, out var read) ? read : null;
        return new ActualEntry(value, reason, score, SourceRef.AtLine(2));
    }

    /// <summary>Scores one indicator worth <paramref name="points"/> under the default policy.</summary>
    public static IndicatorEvaluation Score(string target, string actual, decimal points = 50, Direction? direction = null, decimal? entered = null) =>
        IndicatorScorer.Score(Indicator(target, direction: direction), Actual(actual, score: entered), points, ScoringPolicy.Default);

    public static Fund Fund(params Indicator[] indicators) => new("测试专项", ["目标"], [.. indicators]);

    public static FundActuals Actuals(BudgetFigures? budget, params ActualEntry?[] entries) => new(entries, budget);

    public static ImmutableArray<Indicator> Seed(int fund) => Samples.Seed().Funds[fund].Indicators;
}
