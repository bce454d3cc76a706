using Jixiao.Data.Funds;
using Jixiao.Data.Indicators;
using Jixiao.Web.Features.Indicators;

namespace Jixiao.Web.Features.Funds;

/// <summary>
/// The official layout writes 一级指标 once per block of consecutive rows that share it, and 二级指标
/// once per block sharing both levels (merged cells). For each row: how many rows its level cells span,
/// 0 when the row continues the block above.
/// </summary>
public static class MergedRows
{
    public static IReadOnlyList<(IndicatorView Row, int Level1Span, int Level2Span)> Of(IReadOnlyList<IndicatorView> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new (IndicatorView, int, int)[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var startsLevel1 = i == 0 || rows[i].Level1 != rows[i - 1].Level1;
            var startsLevel2 = startsLevel1 || rows[i].Level2 != rows[i - 1].Level2;
            result[i] = (rows[i],
                startsLevel1 ? Run(rows, i, r => r.Level1) : 0,
                startsLevel2 ? Run(rows, i, r => (r.Level1, r.Level2)) : 0);
        }
        return result;
    }

    private static int Run<T>(IReadOnlyList<IndicatorView> rows, int start, Func<IndicatorView, T> key)
    {
        var end = start + 1;
        while (end < rows.Count && EqualityComparer<T>.Default.Equals(key(rows[end]), key(rows[start])))
        {
            end++;
        }
        return end - start;
    }
}
