using Jixiao.Data.Indicators;

namespace Jixiao.Web.Features.Indicators;

/// <summary>The editor's form fields; turned into an <see cref="IndicatorInput"/>, which does the checking.</summary>
public sealed class IndicatorForm
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Target { get; set; }

    public string? Basis { get; set; }

    public decimal? Weight { get; set; }

    public string? Direction { get; set; }

    public int? Version { get; set; }

    /// <summary>指标代码 (optional).</summary>
    public string? Code { get; set; }

    public IndicatorInput ToInput() => new(Level1, Level2, Name, Description, Target, Basis, Weight, Direction, Version, Code);

    public static IndicatorForm From(IndicatorView row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new()
        {
            Level1 = row.Level1, Level2 = row.Level2, Name = row.Name, Description = row.Description, Target = row.Target,
            Basis = row.Basis, Weight = row.Weight, Direction = row.Direction, Version = row.Version, Code = row.Code,
        };
    }
}
