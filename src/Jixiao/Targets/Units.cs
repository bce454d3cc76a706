using System.Collections.Frozen;

namespace Jixiao.Targets;

/// <summary>
/// 计量单位 — the units targets are written with (target-values.md). Matching is longest first so that
/// 人次 is not read as 人; 百分比 and ％ are the percent sign.
/// </summary>
public static class Units
{
    public const string Percent = "%";

    private static readonly string[] Known =
    [
        "%", "‰", "百分比", "百分点",
        "批次/千人", "元/平方米", "元/人", "元/亩", "元/吨", "元/公里",
        "人次", "万人次", "万人", "人", "户次", "户", "家", "所", "个", "件", "次", "种", "组", "座", "套", "台", "辆", "批次", "批",
        "项", "处", "篇", "期", "场", "份", "本", "册", "张", "株", "棵", "头", "只", "条", "宗", "起", "名", "位", "栋", "间", "床",
        "课时", "学时", "班", "轮", "网点", "村", "镇", "所次",
        "元", "万元", "亿元", "千元",
        "工作日", "个工作日", "个月", "天", "日", "月", "年", "小时", "分钟", "周",
        "平方米", "平方公里", "立方米", "公里", "千米", "米", "亩", "公顷", "万亩", "公斤", "千克", "吨", "万吨", "千瓦", "千瓦时",
        "分",
    ];

    /// <summary>Units by their first character, longest first: the parser looks up one short list, not all.</summary>
    private static readonly FrozenDictionary<char, string[]> ByFirstChar = Known
        .Distinct(StringComparer.Ordinal)
        .GroupBy(u => u[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(u => u.Length).ToArray());

    /// <summary>The length of the longest known unit at the start of <paramref name="text"/> (0 if none).</summary>
    public static int MatchKnown(ReadOnlySpan<char> text, out string unit)
    {
        unit = "";
        if (text.IsEmpty || !ByFirstChar.TryGetValue(text[0], out var candidates))
        {
            return 0;
        }
        foreach (var candidate in candidates)
        {
            if (text.StartsWith(candidate, StringComparison.Ordinal))
            {
                unit = Normalize(candidate);
                return candidate.Length;
            }
        }
        return 0;
    }

    /// <summary>百分比 → %; everything else as written.</summary>
    public static string Normalize(string unit) => unit == "百分比" ? Percent : unit;

}
