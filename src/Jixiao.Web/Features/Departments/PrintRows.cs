using Jixiao.Data.Departments;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Web.Features.Departments;

/// <summary>
/// The rows of the printed table: a graded indicator takes one row per grade, as in the published
/// documents, with 一级/二级 merged over their block and the indicator's own cells merged over its grades.
/// </summary>
public sealed record PrintRow(Indicator Indicator, string TargetText, int Level1Span, int Level2Span, int IndicatorSpan);

public static class PrintRows
{
    public static IReadOnlyList<PrintRow> Of(Fund fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        var indicators = fund.Indicators;
        var rows = new List<PrintRow>();
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            var startsLevel1 = i == 0 || indicator.Level1 != indicators[i - 1].Level1;
            var startsLevel2 = startsLevel1 || indicator.Level2 != indicators[i - 1].Level2;
            var level1Span = startsLevel1 ? Height(indicators, i, x => x.Level1) : 0;
            var level2Span = startsLevel2 ? Height(indicators, i, x => (x.Level1, x.Level2)) : 0;
            var texts = StepTexts(indicator.Target);
            for (var s = 0; s < texts.Count; s++)
            {
                rows.Add(s == 0
                    ? new PrintRow(indicator, texts[s], level1Span, level2Span, texts.Count)
                    : new PrintRow(indicator, texts[s], 0, 0, 0));
            }
        }
        return rows;
    }

    private static IReadOnlyList<string> StepTexts(Target target) =>
        target is LadderTarget ladder ? [.. ladder.Ladder.Steps.Select(s => s.Text)] : [target.Text];

    /// <summary>Printed rows of the block of indicators from <paramref name="start"/> sharing the key.</summary>
    private static int Height<T>(IReadOnlyList<Indicator> indicators, int start, Func<Indicator, T> key)
    {
        var height = 0;
        for (var i = start; i < indicators.Count && EqualityComparer<T>.Default.Equals(key(indicators[i]), key(indicators[start])); i++)
        {
            height += StepTexts(indicators[i].Target).Count;
        }
        return height;
    }
}
