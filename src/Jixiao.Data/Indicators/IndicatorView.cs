using Jixiao.Data.Persistence;
using Jixiao.Data.TargetHints;
using Jixiao.Goals;

namespace Jixiao.Data.Indicators;

/// <summary>An indicator row as the API and the pages show it, with what Jixiao understood of its target.</summary>
public sealed record IndicatorView(
    int Id,
    int Position,
    string Level1,
    string Level2,
    string Name,
    string Description,
    string Target,
    TargetInterpretation Interpretation,
    string Basis,
    decimal? Weight,
    string? Direction,
    int Version)
{
    /// <summary>指标代码, when the indicator has one.</summary>
    public string? Code { get; init; }

    public static IndicatorView From(StoredIndicator stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return From(stored.Id, stored.Position, stored.ToIndicator(), stored.Version);
    }

    public static IndicatorView From(int id, int position, Indicator indicator, int version)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new(id, position, indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, indicator.Target.Text,
            TargetInterpretation.Of(indicator.Target, indicator.EffectiveDirection), indicator.Basis, indicator.Weight?.Points,
            indicator.Direction?.ToString().ToLowerInvariant(), version)
        {
            Code = indicator.Code?.Value,
        };
    }
}
