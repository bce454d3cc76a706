using System.Text.Json.Serialization;

namespace Jixiao.Targets;

/// <summary>评分档次 — the four grades 优 / 良 / 中 / 差, best first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Grade>))]
public enum Grade
{
    /// <summary>优 (优秀).</summary>
    [JsonStringEnumMemberName("excellent")] Excellent = 0,
    /// <summary>良 (良好).</summary>
    [JsonStringEnumMemberName("good")] Good = 1,
    /// <summary>中 (中等, 合格).</summary>
    [JsonStringEnumMemberName("fair")] Fair = 2,
    /// <summary>差 (较差, 不合格).</summary>
    [JsonStringEnumMemberName("poor")] Poor = 3,
}

/// <summary>Names and order of <see cref="Grade"/>.</summary>
public static class GradeExtensions
{
    /// <summary>All grades, best first.</summary>
    public static IReadOnlyList<Grade> All { get; } = [Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor];

    public static string ChineseName(this Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        Grade.Poor => "差",
    };

    public static string EnglishName(this Grade grade) => grade switch
    {
        Grade.Excellent => "excellent",
        Grade.Good => "good",
        Grade.Fair => "fair",
        Grade.Poor => "poor",
    };

    /// <summary>Whether <paramref name="grade"/> is strictly better than <paramref name="other"/>.</summary>
    public static bool IsBetterThan(this Grade grade, Grade other) => grade < other;

    /// <summary>The grade words users write, longest first so that 不合格 is not read as 合格.</summary>
    internal static readonly (string Word, Grade Grade)[] Words =
    [
        ("不合格", Grade.Poor), ("优秀", Grade.Excellent), ("良好", Grade.Good), ("中等", Grade.Fair),
        ("合格", Grade.Fair), ("较差", Grade.Poor), ("优", Grade.Excellent), ("良", Grade.Good),
        ("中", Grade.Fair), ("差", Grade.Poor),
    ];
}
