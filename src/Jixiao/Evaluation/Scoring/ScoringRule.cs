namespace Jixiao.Evaluation.Scoring;

/// <summary>Which rule of rules.md §5 scored an indicator.</summary>
public enum ScoringRule
{
    /// <summary>正向 (≥, ＞): B ≥ A → W, else B / A × W.</summary>
    Positive,
    /// <summary>反向 (≤, ＜): B ≤ A → W; A &lt; B &lt; 2A → (1 − (B − A) / A) × W; B ≥ 2A → 0.</summary>
    Negative,
    /// <summary>等于 (＝) with target 0: B ≤ 0 → W, else 0.</summary>
    EqualZero,
    /// <summary>等于 (＝) with another target: as 正向.</summary>
    Equal,
    /// <summary>区间: inside → W; below as 正向 on the low end, above as 反向 on the high end.</summary>
    Range,
    /// <summary>评分档次: the grade's share of W (优 100%, 良 80%, 中 60%, 差 0).</summary>
    Ladder,
    /// <summary>定性: a tier and a score inside it.</summary>
    Qualitative,
    /// <summary>No actual value was given: 0 points.</summary>
    Missing,
    /// <summary>不适用: dropped, the rest rescaled.</summary>
    NotApplicable,
    /// <summary>The target cannot be scored from the actual given (free text with a number): 0 points.</summary>
    Unscorable,
    /// <summary>The 一级指标 belongs to no category of the policy: left out of the total.</summary>
    UnknownCategory,
}

/// <summary>Which branch of its rule an indicator's score came from.</summary>
public enum Outcome
{
    /// <summary>满分: the target is met.</summary>
    Full,
    /// <summary>按比例: a share of the points by the formula.</summary>
    Proportional,
    /// <summary>0 分 by the formula (反向 at or beyond the cut-off, 等于 0 missed, a non-positive 正向 target missed).</summary>
    Zero,
    /// <summary>A ladder grade or a qualitative tier gave the share.</summary>
    Graded,
    /// <summary>No formula applied (missing, not applicable, unscorable).</summary>
    None,
}

/// <summary>Where an indicator's points (分值) came from.</summary>
public enum PointsSource
{
    /// <summary>The table's 分值 column.</summary>
    Table,
    /// <summary>The category's points split evenly among its indicators without 分值.</summary>
    EvenSplit,
}
