using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// One row of an actuals file before it is matched with the goals: every cell as written, and where it
/// was read. CSV and JSON both produce these, so that matching and its messages are the same for both.
/// A row names its indicator by name, by its <see cref="Code"/> (指标代码), or — where names repeat — by its
/// <see cref="Position"/> in the fund's table (序号, from 1); rows made from stored measurements carry the exact
/// <see cref="Place"/> instead.
/// </summary>
public sealed record ActualRow(string Fund, string Indicator, string Actual, string Reason, string Score, SourceRef Source)
{
    /// <summary>序号: the row's position in the fund's indicator table, from 1, as written (blank for none).</summary>
    public string Position { get; init; } = "";

    /// <summary>指标代码 as written (blank for none).</summary>
    public string Code { get; init; } = "";

    /// <summary>The exact fund and indicator (indexes into the goal set), when the row comes from stored data bound by id.</summary>
    public RowPlace? Place { get; init; }
}
