namespace Jixiao.Evaluation.Policy;

/// <summary>
/// The default scoring policy (rules.md §5) as the JSON a region's --policy file overrides, key by key.
/// Kept as JSON rather than code so that the defaults and an override read the same (docs/evaluation.md).
/// </summary>
internal static class DefaultPolicy
{
    public const string Json = """
        {
          "budget": { "weight": 10, "explainBelowPercent": 90 },
          "categories": {
            "output": { "label": "产出指标", "weight": 50, "matches": ["产出", "项目完成", "成本"] },
            "benefit": { "label": "效益指标", "weight": 30, "matches": ["效益", "效果"] },
            "satisfaction": { "label": "满意度指标", "weight": 10, "matches": ["满意度"] }
          },
          "ladderPercent": { "excellent": 100, "good": 80, "fair": 60, "poor": 0 },
          "qualitativePercent": {
            "achieved": { "min": 80, "max": 100, "default": 100 },
            "partial": { "min": 60, "max": 80, "default": 70 },
            "notAchieved": { "min": 0, "max": 60, "default": 30 }
          },
          "negative": { "zeroAtMultiple": 2 },
          "targetTooLowPercent": 150,
          "decimals": 2,
          "gradeBands": { "excellent": 90, "good": 80, "fair": 60 },
          "departmentTotal": "mean",
          "funds": {}
        }
        """;
}
