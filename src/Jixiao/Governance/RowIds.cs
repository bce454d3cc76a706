using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Governance;

/// <summary>
/// 行标识 — the stable ids of a goal set's rows as the database keeps them: each fund's id and its indicators' ids, in
/// table order (parallel to <see cref="GoalSet.Funds"/> and each fund's indicators). Two versions that both carry
/// them are compared row by row by id, whatever was renamed or moved; without them the redline pairs by name.
/// </summary>
public sealed record RowIds(ImmutableArray<FundRowIds> Funds)
{
    /// <summary>Whether these ids describe <paramref name="goals"/>: one per fund and indicator, each unique.</summary>
    public bool Fit(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        if (Funds.IsDefault || Funds.Length != goals.Funds.Length || Funds.Select(f => f.Id).Distinct().Count() != Funds.Length)
        {
            return false;
        }
        var indicators = new HashSet<int>();
        for (var f = 0; f < Funds.Length; f++)
        {
            if (Funds[f].Indicators.IsDefault || Funds[f].Indicators.Length != goals.Funds[f].Indicators.Length
                || !Funds[f].Indicators.All(indicators.Add))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>A fund's id and its indicators' ids in table order.</summary>
public sealed record FundRowIds(int Id, ImmutableArray<int> Indicators);
