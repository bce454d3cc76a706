using System.Buffers;

namespace Jixiao.Targets;

/// <summary>Deadlines and periods: <c>11月底之前</c>, <c>12月底前100%到位</c>, <c>2021年1月-12月</c>, <c>及时</c>.</summary>
internal static class DeadlineWords
{
    private static readonly string[] Markers =
    [
        "月底", "月末", "年底", "年末", "底前", "之前", "以前", "前完成", "前到位", "上旬", "中旬", "下旬", "季度",
        "及时", "按时", "按期", "完成时间", "期限内", "时间内", "年内", "日前", "当年",
    ];

    private static readonly SearchValues<string> Search = SearchValues.Create(Markers, StringComparison.Ordinal);

    public static bool Match(string compact) => compact.AsSpan().ContainsAny(Search) || HasCalendarDate(compact);

    /// <summary>A month (<c>11月</c>, not <c>3个月</c>) or a year (<c>2021年</c>, not <c>2年</c>).</summary>
    private static bool HasCalendarDate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            if (end >= text.Length)
            {
                continue;
            }
            var digits = end - i;
            var after = text[end];
            var before = i > 0 ? text[i - 1] : '\0';
            if (after == '月' && digits <= 2 && before is not ('个' or '≤' or '≥' or '<' or '>' or '='))
            {
                return true;
            }
            if (after == '年' && digits == 4)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Qualitative targets: <c>有效提升</c>, <c>明显改善</c>, <c>达成预期指标</c>, <c>符合相关规定</c>.</summary>
internal static class QualitativeWords
{
    private static readonly string[] Words =
    [
        "提升", "提高", "增加", "增强", "加强", "改善", "良好", "有效", "明显", "显著", "长期", "持续", "达成", "达到",
        "符合", "执行", "规范", "完成", "稳定", "满意", "降低", "减少", "保障", "确保", "健全", "完善", "落实", "优化",
        "促进", "合格", "覆盖", "全面", "基本", "较好", "好转", "逐步", "正常", "达标", "无", "优", "良", "好", "高",
    ];

    private static readonly SearchValues<string> Search = SearchValues.Create(Words, StringComparison.Ordinal);

    public static bool Match(string compact) => compact.AsSpan().ContainsAny(Search);
}
