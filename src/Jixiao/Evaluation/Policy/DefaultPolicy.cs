namespace Jixiao.Evaluation.Policy;

/// <summary>
/// The default scoring policy (rules.md §5) as the JSON a region's --policy file overrides, key by key.
/// Kept as JSON rather than code so that the defaults and an override read the same (docs/evaluation.md).
/// The <c>categories</c> (产出 50, 效益 30, 满意度 10) come from the taxonomy (<see cref="Goals.Categories.Taxonomy"/>):
/// <see cref="ScoringPolicyReader"/> adds them.
/// </summary>
internal static class DefaultPolicy
{
    public const string Json = """
        {
          "budget": { "weight": 10, "explainBelowPercent": 90 },
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
