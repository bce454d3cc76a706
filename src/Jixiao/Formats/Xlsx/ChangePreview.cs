using System.Collections.Immutable;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Formats.Xlsx;

/// <summary>One change, with the fields (by their column names) that differ for <see cref="ChangeKind.Changed"/>.</summary>
public sealed record IndicatorChange(ChangeKind Kind, string Fund, string? RowId, Indicator? Before, Indicator? After, ImmutableArray<string> Fields);

/// <summary>
/// 变更预览 — what re-importing an edited workbook would change, before anything is saved: indicators are
/// matched by the stable 行标识 the export wrote (<see cref="XlsxWriter.RowId"/>), not by position or
/// name, so a renamed indicator is "changed", a moved row is unchanged, and a pasted copy is "added".
/// Fund goals and money changes are listed by fund name.
/// </summary>
public sealed record ChangePreview(ImmutableArray<IndicatorChange> Changes, ImmutableArray<string> FundsWithOtherChanges)
{
    public bool IsEmpty => Changes.IsEmpty && FundsWithOtherChanges.IsEmpty;

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    public static ChangePreview Between(GoalSet stored, OfficeImport edited)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(edited);
        var known = new Dictionary<string, (Fund Fund, Indicator Indicator)>(StringComparer.Ordinal);
        for (var f = 0; f < stored.Funds.Length; f++)
        {
            for (var i = 0; i < stored.Funds[f].Indicators.Length; i++)
            {
                known[XlsxWriter.RowId(f, i)] = (stored.Funds[f], stored.Funds[f].Indicators[i]);
            }
        }
        var changes = ImmutableArray.CreateBuilder<IndicatorChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var funds = edited.Result.GoalSet?.Funds ?? [];
        for (var f = 0; f < funds.Length; f++)
        {
            for (var i = 0; i < funds[f].Indicators.Length; i++)
            {
                var after = funds[f].Indicators[i];
                var id = edited.RowIdOf(f, i);
                if (id is null || !known.TryGetValue(id, out var before) || !seen.Add(id))
                {
                    changes.Add(new IndicatorChange(ChangeKind.Added, funds[f].Name, null, null, after, []));
                }
                else if (Differences(before.Indicator, after) is { IsEmpty: false } fields)
                {
                    changes.Add(new IndicatorChange(ChangeKind.Changed, funds[f].Name, id, before.Indicator, after, fields));
                }
            }
        }
        foreach (var (id, (fund, indicator)) in known.Where(k => !seen.Contains(k.Key)).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            changes.Add(new IndicatorChange(ChangeKind.Removed, fund.Name, id, indicator, null, []));
        }
        var other = funds.Where(e => stored.Funds.FirstOrDefault(s => s.Name == e.Name) is { } s && (!s.Goals.SequenceEqual(e.Goals) || s.Money != e.Money))
            .Select(e => e.Name).ToImmutableArray();
        return new ChangePreview(changes.ToImmutable(), other);
    }

    private static ImmutableArray<string> Differences(Indicator before, Indicator after) =>
        [.. IndicatorFields.Compare(before, after).Select(c => c.Field)];
}
