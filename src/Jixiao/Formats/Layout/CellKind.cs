using Jixiao.Checks;
using Jixiao.Goals.Categories;
using Jixiao.Targets;

namespace Jixiao.Formats.Layout;

/// <summary>What the text of a table cell is, judged by the domain rather than by its position.</summary>
internal enum CellKind
{
    Empty,
    /// <summary>A 一级指标 name of the taxonomy (产出指标, 效果指标, 产出指标(50分)).</summary>
    Level1,
    /// <summary>A 二级指标 name of the taxonomy (数量指标, 社会效益).</summary>
    Level2,
    /// <summary>A target the grammar reads as a number, range, ladder or deadline (≥95%, 11月底之前).</summary>
    Target,
    /// <summary>One grade step of a ladder written one row per grade (≥70良).</summary>
    GradeStep,
    /// <summary>A short judgement that is a qualitative target (有效提升), not a name (群众满意度).</summary>
    Qualitative,
    /// <summary>One of the profile's bases (计划标准) or another short "…标准".</summary>
    Basis,
    /// <summary>正向 / 反向 / 定性.</summary>
    Direction,
    /// <summary>A comparator word of a 指标方向 column (大于等于, ≥).</summary>
    Comparator,
    /// <summary>A unit alone (人次, %, 万元).</summary>
    Unit,
    /// <summary>A bare number (30, 9.5, 30分): points, a score, an amount or a target without unit.</summary>
    Number,
    /// <summary>Any other text: a name, a description, a reason.</summary>
    Text,
}

/// <summary>Classifies cells with the profile's taxonomy and bases and the target grammar.</summary>
internal static class CellKinds
{
    private static readonly HashSet<string> Directions = ["正向", "反向", "定性", "正向指标", "反向指标", "定性指标"];

    private static readonly HashSet<string> Comparators =
        ["大于等于", "小于等于", "等于", "大于", "小于", "≥", "≤", "=", ">", "<", "≧", "≦", "不低于", "不高于", "不少于", "不超过"];

    public static CellKind Of(string? text) => Of(text, CompiledProfile.Default);

    public static CellKind Of(string? text, CompiledProfile profile)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return CellKind.Empty;
        }
        if (value.Length <= 16)
        {
            var catalog = profile.Taxonomy;
            // 成本指标 is both (a 一级 since 101号, a 二级 under 产出): as a 二级 it may still stand under 一级指标 (Fit).
            if (catalog.ResolveLevel2(value).Status is NameStatus.Standard or NameStatus.Synonym)
            {
                return CellKind.Level2;
            }
            if (catalog.ResolveLevel1(value).Status is NameStatus.Standard or NameStatus.Synonym)
            {
                return CellKind.Level1;
            }
            if (Directions.Contains(value))
            {
                return CellKind.Direction;
            }
            if (Comparators.Contains(value))
            {
                return CellKind.Comparator;
            }
            if (profile.BaseSet.Contains(value) || (value.Length <= 8 && value.EndsWith("标准", StringComparison.Ordinal)))
            {
                return CellKind.Basis;
            }
            if (Units.MatchKnown(value, out _) == value.Length && value.Length <= 4)
            {
                return CellKind.Unit;
            }
        }
        if (IsNumber(value))
        {
            return CellKind.Number;
        }
        if (value.Length > 40)
        {
            return CellKind.Text;
        }
        var target = TargetParser.Parse(value);
        return target switch
        {
            LadderTarget { Ladder.Steps.Length: 1 } => CellKind.GradeStep,
            LadderTarget or QuantitativeTarget or RangeTarget => CellKind.Target,
            TextTarget { Problem: TargetProblem.Doubled or TargetProblem.BadLadder } => CellKind.Target,
            DeadlineTarget when value.Length <= 14 && !EndsLikeAName(value, profile) => CellKind.Target,
            // 有效提升, 逐步完善: a judgement is a short phrase; 新建高标准农田面积 uses the word 高 but is a name.
            QualitativeTarget when value.Length <= 6 && !EndsLikeAName(value, profile) => CellKind.Qualitative,
            _ => CellKind.Text,
        };
    }

    /// <summary>30, 9.5, 1,200.00, 30分: digits with at most a point, thousands commas and a trailing 分.</summary>
    public static bool IsNumber(string value)
    {
        var text = value.AsSpan().TrimEnd('分').Trim();
        if (text.IsEmpty)
        {
            return false;
        }
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is not ('.' or ',' or '-')) return false;
        }
        return digits > 0;
    }

    /// <summary>Names end like a measure (满意度, 完成率, 受益人数): such a text is never a qualitative target.</summary>
    private static bool EndsLikeAName(string value, CompiledProfile profile)
    {
        foreach (var ending in profile.MeasureEndings)
        {
            if (value.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return value.EndsWith('性') || value.EndsWith('度');
    }
}
