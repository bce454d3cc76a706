namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// 定性指标评价档次 — the three tiers of a qualitative judgement (rules.md §5): 达成年度指标,
/// 部分达成年度指标并具有一定效果, 未达成年度指标且效果较差. The evaluator picks the tier and a score inside it.
/// </summary>
public enum QualitativeTier
{
    /// <summary>达成年度指标.</summary>
    Achieved,
    /// <summary>部分达成年度指标并具有一定效果.</summary>
    Partial,
    /// <summary>未达成年度指标且效果较差.</summary>
    NotAchieved,
}

/// <summary>The words users write for each tier.</summary>
public static class QualitativeTierWords
{
    // Negative and partial words are tried first: 未完成 contains 完成, 部分达成 contains 达成.
    private static readonly (QualitativeTier Tier, string[] Words)[] Words =
    [
        (QualitativeTier.NotAchieved, ["未达成年度指标且效果较差", "未达成年度指标", "未达成", "未完成", "未达到", "未达标", "未实现", "无效", "否", "未按时完成"]),
        (QualitativeTier.Partial, ["部分达成年度指标并具有一定效果", "部分达成年度指标", "部分达成", "部分完成", "部分实现", "基本完成", "基本达成", "基本达到", "基本实现"]),
        (QualitativeTier.Achieved, ["达成年度指标", "达成", "完成", "已完成", "全部完成", "按时完成", "如期完成", "达到", "达标", "实现", "有效", "是"]),
    ];

    /// <summary>The tier a whole cell names (<c>完成</c>, <c>部分达成</c>), or null.</summary>
    public static QualitativeTier? Read(string compact)
    {
        foreach (var (tier, words) in Words)
        {
            if (words.Contains(compact, StringComparer.Ordinal))
            {
                return tier;
            }
        }
        return null;
    }

    public static string ChineseName(this QualitativeTier tier) => tier switch
    {
        QualitativeTier.Achieved => "达成年度指标",
        QualitativeTier.Partial => "部分达成年度指标并具有一定效果",
        QualitativeTier.NotAchieved => "未达成年度指标且效果较差",
    };

    public static string EnglishName(this QualitativeTier tier) => tier switch
    {
        QualitativeTier.Achieved => "achieved",
        QualitativeTier.Partial => "partly achieved with some effect",
        QualitativeTier.NotAchieved => "not achieved, poor effect",
    };
}
