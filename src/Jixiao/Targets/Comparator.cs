using System.Text.Json.Serialization;

namespace Jixiao.Targets;

/// <summary>比较符 — how an actual value is compared with a threshold (≥ ＞ ＝ ≤ ＜).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Comparator>))]
public enum Comparator
{
    /// <summary>≥ 大于等于 (inclusive lower bound).</summary>
    [JsonStringEnumMemberName("ge")] GreaterOrEqual,
    /// <summary>＞ 大于 (exclusive lower bound).</summary>
    [JsonStringEnumMemberName("gt")] Greater,
    /// <summary>＝ 等于.</summary>
    [JsonStringEnumMemberName("eq")] Equal,
    /// <summary>≤ 小于等于 (inclusive upper bound).</summary>
    [JsonStringEnumMemberName("le")] LessOrEqual,
    /// <summary>＜ 小于 (exclusive upper bound).</summary>
    [JsonStringEnumMemberName("lt")] Less,
}

/// <summary>What a comparator means.</summary>
public static class ComparatorExtensions
{
    /// <summary>Whether <paramref name="actual"/> satisfies "actual ⊙ threshold".</summary>
    public static bool Holds(this Comparator comparator, decimal actual, decimal threshold) => comparator switch
    {
        Comparator.GreaterOrEqual => actual >= threshold,
        Comparator.Greater => actual > threshold,
        Comparator.Equal => actual == threshold,
        Comparator.LessOrEqual => actual <= threshold,
        Comparator.Less => actual < threshold,
    };

    /// <summary>≥ and ＞: higher is better (正向).</summary>
    public static bool IsLowerBound(this Comparator comparator) =>
        comparator is Comparator.GreaterOrEqual or Comparator.Greater;

    /// <summary>≤ and ＜: lower is better (反向).</summary>
    public static bool IsUpperBound(this Comparator comparator) =>
        comparator is Comparator.LessOrEqual or Comparator.Less;

    /// <summary>Whether the threshold itself satisfies the comparison.</summary>
    public static bool IsInclusive(this Comparator comparator) =>
        comparator is Comparator.GreaterOrEqual or Comparator.LessOrEqual or Comparator.Equal;

    /// <summary>The comparator seen in a mirror (≥ becomes ≤), used to analyse downward ladders as upward ones.</summary>
    public static Comparator Mirror(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => Comparator.LessOrEqual,
        Comparator.Greater => Comparator.Less,
        Comparator.Equal => Comparator.Equal,
        Comparator.LessOrEqual => Comparator.GreaterOrEqual,
        Comparator.Less => Comparator.Greater,
    };

    /// <summary>The code used in our JSON: ge, gt, eq, le, lt.</summary>
    public static string Code(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => "ge",
        Comparator.Greater => "gt",
        Comparator.Equal => "eq",
        Comparator.LessOrEqual => "le",
        Comparator.Less => "lt",
    };

    /// <summary>The mathematical symbol users read: ≥ ＞ ＝ ≤ ＜.</summary>
    public static string Symbol(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.Greater => ">",
        Comparator.Equal => "=",
        Comparator.LessOrEqual => "≤",
        Comparator.Less => "<",
    };

    /// <summary>The direction a comparator implies: ≥/＞ 正向, ≤/＜ 反向, ＝ none.</summary>
    public static Direction? ImpliedDirection(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual or Comparator.Greater => Direction.Positive,
        Comparator.LessOrEqual or Comparator.Less => Direction.Negative,
        Comparator.Equal => null,
    };
}
