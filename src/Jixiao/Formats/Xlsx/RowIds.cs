using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// 行标识 of a goal set's indicators: the id each indicator row of an exported workbook carries in its hidden
/// column A, so that the edited workbook comes back to the same indicators (<see cref="ChangePreview"/>).
/// <see cref="Positional"/> ids (<c>F2-I3</c>, fund and indicator as exported) are all a goal set without
/// storage has; they point to another indicator once indicators are added, deleted or moved after the export.
/// A caller that stores indicators gives each its own id (<see cref="Stable"/>), which survives such changes.
/// </summary>
public sealed class RowIds
{
    private readonly ImmutableArray<ImmutableArray<string>> _ids;
    private readonly Dictionary<string, (int Fund, int Indicator)> _places = new(StringComparer.Ordinal);

    private RowIds(ImmutableArray<ImmutableArray<string>> ids, bool positional)
    {
        _ids = ids;
        IsPositional = positional;
        for (var f = 0; f < ids.Length; f++)
        {
            for (var i = 0; i < ids[f].Length; i++)
            {
                _places[ids[f][i]] = (f, i);
            }
        }
    }

    /// <summary>Whether these are the positional ids (<c>F2-I3</c>) rather than ids of stored indicators.</summary>
    public bool IsPositional { get; }

    /// <summary>Fund and indicator, 1-based, as exported: <c>F2-I3</c>.</summary>
    public static RowIds Positional(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        return new RowIds([.. goals.Funds.Select((fund, f) => fund.Indicators.Select((_, i) => XlsxWriter.RowId(f, i)).ToImmutableArray())], positional: true);
    }

    /// <summary>
    /// The caller's own id of each indicator (0-based fund and indicator in the goal set's order). A wrong id is
    /// a bug of the caller: empty, repeated, or shaped like a positional id (which would be read as a position).
    /// </summary>
    public static RowIds Stable(GoalSet goals, Func<int, int, string> id)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(id);
        var ids = goals.Funds.Select((fund, f) => fund.Indicators.Select((_, i) => id(f, i)).ToImmutableArray()).ToImmutableArray();
        var all = ids.SelectMany(x => x).ToList();
        if (all.FirstOrDefault(x => string.IsNullOrWhiteSpace(x) || x.Trim() != x || IsPositionalId(x)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' cannot be a stable 行标识: it is empty, padded or shaped like a positional id.", nameof(id));
        }
        if (all.Count != all.Distinct(StringComparer.Ordinal).Count())
        {
            throw new ArgumentException("Stable 行标识 must be unique within the goal set.", nameof(id));
        }
        return new RowIds(ids, positional: false);
    }

    /// <summary>The id of an indicator (0-based fund and indicator).</summary>
    public string Of(int fund, int indicator) => _ids[fund][indicator];

    /// <summary>Where the indicator with this id stands in the goal set (0-based fund and indicator).</summary>
    public bool TryFind(string id, out int fund, out int indicator)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = _places.TryGetValue(id, out var place);
        (fund, indicator) = place;
        return found;
    }

    /// <summary>Whether these ids are for exactly the funds and indicators of <paramref name="goals"/>.</summary>
    public bool Fit(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        return goals.Funds.Length == _ids.Length && goals.Funds.Select((fund, f) => fund.Indicators.Length == _ids[f].Length).All(fits => fits);
    }

    /// <summary>Whether an id has the positional shape <c>F{n}-I{n}</c> (of any numbers).</summary>
    public static bool IsPositionalId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dash = id.IndexOf("-I", StringComparison.Ordinal);
        return id.Length > 0 && id[0] == 'F' && dash > 1 && dash < id.Length - 2
            && Digits(id.AsSpan(1, dash - 1)) && Digits(id.AsSpan(dash + 2));
    }

    private static bool Digits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
