using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 绩效指标 as stored: one row of a fund's table. The target is kept twice on purpose: its text as
/// written (for reading and searching) and its interpretation as canonical JSON, so that a ladder read
/// from one table row per grade comes back exactly as read. <see cref="Version"/> is the optimistic
/// concurrency token: every revision increments it, and a save based on an older version is refused.
/// </summary>
public sealed class StoredIndicator
{
    private StoredIndicator()
    {
    }

    public int Id { get; private set; }

    public int FundId { get; private set; }

    /// <summary>Row order in the table, from 0.</summary>
    public int Position { get; private set; }

    /// <summary>指标代码, when the table gives one; unique within the fund.</summary>
    public string? Code { get; private set; }

    /// <summary>一级指标.</summary>
    public string Level1 { get; private set; } = "";

    /// <summary>二级指标.</summary>
    public string Level2 { get; private set; } = "";

    /// <summary>三级指标.</summary>
    public string Name { get; private set; } = "";

    /// <summary>绩效指标描述.</summary>
    public string Description { get; private set; } = "";

    /// <summary>指标值 as written.</summary>
    public string TargetText { get; private set; } = "";

    /// <summary>指标值 as understood, in canonical JSON (<see cref="TargetJson"/>).</summary>
    public string TargetData { get; private set; } = "";

    /// <summary>指标值确定依据.</summary>
    public string Basis { get; private set; } = "";

    /// <summary>分值.</summary>
    public Weight? Weight { get; private set; }

    /// <summary>分值 in hundredths of a point, when exact to the hundredth: what SQL sums.</summary>
    public int? WeightHundredths { get; private set; }

    /// <summary>指标性质 from its own column.</summary>
    public Direction? Direction { get; private set; }

    public int Version { get; private set; }

    public static StoredIndicator From(int position, Indicator indicator)
    {
        var stored = new StoredIndicator { Position = position };
        stored.Apply(indicator);
        return stored;
    }

    /// <summary>Replaces the content of the row; the next version is the one a client must send next time.</summary>
    public void Revise(Indicator indicator)
    {
        Apply(indicator);
        Version++;
    }

    internal void MoveTo(int position) => Position = position;

    public Indicator ToIndicator() =>
        new(Level1, Level2, Name, Description, TargetJson.Read(TargetData), Basis, Weight, Direction)
        {
            Code = Code is null ? null : global::Jixiao.Goals.Codes.Code.Parse(Code),
        };

    private void Apply(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Code = indicator.Code?.Value;
        Level1 = indicator.Level1;
        Level2 = indicator.Level2;
        Name = indicator.Name;
        Description = indicator.Description;
        TargetText = indicator.Target.Text;
        TargetData = TargetJson.Write(indicator.Target);
        Basis = indicator.Basis;
        Weight = indicator.Weight;
        WeightHundredths = (int?)MeasuredValue.Hundredths(indicator.Weight?.Points);
        Direction = indicator.Direction;
    }
}
