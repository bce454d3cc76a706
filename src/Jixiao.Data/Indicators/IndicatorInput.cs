using System.Globalization;
using Jixiao.Data.Common;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Data.Indicators;

/// <summary>
/// An indicator as a client sends it (form or JSON): 一级/二级/三级指标, 绩效指标描述, 指标值 as text,
/// 指标值确定依据, 分值, 指标性质 and 指标代码. <see cref="Version"/> is the version the client read (required
/// to update or delete, ignored on create). A revision replaces the whole row: a client that leaves the code out
/// takes it away.
/// </summary>
public sealed record IndicatorInput(
    string? Level1,
    string? Level2,
    string? Name,
    string? Description,
    string? Target,
    string? Basis,
    decimal? Weight = null,
    string? Direction = null,
    int? Version = null,
    string? Code = null)
{
    public const int MaxTextLength = 500;

    /// <summary>The domain indicator, or the first field that is wrong.</summary>
    public Outcome<Indicator> ToIndicator()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return Failure.Invalid("name", "Web.Field.Required", new Diagnostics.LocalizedText("Web.Indicator.Name"));
        }
        if (string.IsNullOrWhiteSpace(Target))
        {
            return Failure.Invalid("target", "Web.Field.Required", new Diagnostics.LocalizedText("Web.Indicator.Target"));
        }
        foreach (var (field, value) in new[] { ("level1", Level1), ("level2", Level2), ("name", Name), ("description", Description), ("target", Target), ("basis", Basis) })
        {
            if (value is { Length: > MaxTextLength })
            {
                return Failure.Invalid(field, "Web.Field.TooLong", MaxTextLength);
            }
        }
        Weight? weight = null;
        if (Weight is { } points)
        {
            if (!Goals.Weight.TryCreate(points, out var valid))
            {
                return Failure.Invalid("weight", "Web.Field.Weight", points.ToString(CultureInfo.InvariantCulture));
            }
            weight = valid;
        }
        Direction? direction = null;
        if (!string.IsNullOrWhiteSpace(Direction))
        {
            direction = ParseDirection(Direction);
            if (direction is null)
            {
                return Failure.Invalid("direction", "Web.Field.Direction", Direction);
            }
        }
        Goals.Codes.Code? code = null;
        if (!string.IsNullOrWhiteSpace(Code))
        {
            if (!Goals.Codes.Code.TryParse(Code, out var parsed, out _))
            {
                return Failure.Invalid("code", "Web.Field.Code", Code.Trim());
            }
            code = parsed;
        }
        var target = TargetParser.Parse(Target.Trim(), TargetContext.For(Level1, Level2));
        return new Indicator(Level1 ?? "", Level2 ?? "", Name, Description ?? "", target, Basis ?? "", weight, direction) { Code = code };
    }

    /// <summary>Reads the JSON names (positive/negative/qualitative) and the Chinese ones (正向/反向/定性).</summary>
    private static Direction? ParseDirection(string text) => text.Trim().ToLowerInvariant() switch
    {
        "positive" => Jixiao.Targets.Direction.Positive,
        "negative" => Jixiao.Targets.Direction.Negative,
        "qualitative" => Jixiao.Targets.Direction.Qualitative,
        var other => DirectionExtensions.Parse(other),
    };

    public static IndicatorInput From(Indicator indicator, int version)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new(indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, indicator.Target.Text, indicator.Basis,
            indicator.Weight?.Points, indicator.Direction?.ToString().ToLowerInvariant(), version, indicator.Code?.Value);
    }
}
