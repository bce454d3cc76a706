using System.Collections.Immutable;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Formats.Xlsx;

/// <summary>One change, with the fields (by their column names) that differ for <see cref="ChangeKind.Changed"/>.</summary>
public sealed record IndicatorChange(ChangeKind Kind, string Fund, string? RowId, Indicator? Before, Indicator? After, ImmutableArray<string> Fields);

/// <summary>
/// 变更预览 — what re-importing an edited workbook would change, before anything is saved: indicators are
/// matched by the 行标识 the export wrote (<see cref="RowIds"/>), not by position or name, so a renamed
/// indicator is "changed", a moved row is unchanged, and a pasted copy is "added". Rows whose 行标识 cannot be
/// applied are <see cref="Problems"/>: they change nothing and remove nothing. Fund goals and money changes
/// are listed by fund name.
/// </summary>
public sealed record ChangePreview(ImmutableArray<IndicatorChange> Changes, ImmutableArray<string> FundsWithOtherChanges)
{
    public bool IsEmpty => Changes.IsEmpty && FundsWithOtherChanges.IsEmpty;

    /// <summary>Rows whose 行标识 names no stored indicator, or one of another fund.</summary>
    public ImmutableArray<RowProblem> Problems { get; init; } = [];

    /// <summary>
    /// Stored indicators the workbook was not exported with (its <see cref="ExportRecord"/> does not list them):
    /// added after the export, by someone else. They are kept, not removed for lacking a row.
    /// </summary>
    public ImmutableArray<KeptIndicator> NotExported { get; init; } = [];

    /// <summary>
    /// Whether rows were matched by the positional ids of an older export (<c>F2-I3</c>): then an indicator
    /// deleted or moved after the export shifts the rows after it onto the wrong indicators.
    /// </summary>
    public bool ByPosition { get; init; }

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>
    /// Compares the edited workbook with the stored goals. <paramref name="ids"/> are the 行标识 the stored
    /// indicators were exported with (positional when not given). A workbook that carries only positional ids
    /// (exported before the caller had stable ones) is matched by position, as it always was. A stored indicator
    /// without a row is removed when the workbook's <see cref="OfficeImport.Exported"/> record lists it (the user
    /// deleted its row) or has no record (older exports); one the record does not list is <see cref="NotExported"/>.
    /// </summary>
    public static ChangePreview Between(GoalSet stored, OfficeImport edited, RowIds? ids = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(edited);
        if (ids is not null && !ids.Fit(stored))
        {
            throw new ArgumentException("The 行标识 are not those of the stored goals' funds and indicators.", nameof(ids));
        }
        var rows = edited.Rows().ToList();
        var byPosition = ids is null || ids.IsPositional || rows.All(r => r.RowId is null || RowIds.IsPositionalId(r.RowId));
        var known = byPosition ? RowIds.Positional(stored) : ids!;
        var changes = ImmutableArray.CreateBuilder<IndicatorChange>();
        var problems = ImmutableArray.CreateBuilder<RowProblem>();
        var seen = new HashSet<(int, int)>();
        var kept = new HashSet<(int, int)>();
        foreach (var row in rows)
        {
            if (row.RowId is not { } id || !known.TryFind(id, out var f, out var i))
            {
                if (row.RowId is not null && !byPosition)
                {
                    problems.Add(new RowProblem(RowProblemKind.NotFound, row, null));
                }
                else
                {
                    changes.Add(new IndicatorChange(ChangeKind.Added, row.Fund, null, null, row.Indicator, []));
                }
                continue;
            }
            var before = stored.Funds[f].Indicators[i];
            if (stored.Funds[f].Name != row.Fund)
            {
                // Not applied, and the indicator it names is not removed for lack of its own row either.
                problems.Add(new RowProblem(RowProblemKind.OtherFund, row, stored.Funds[f].Name));
                kept.Add((f, i));
            }
            else if (!seen.Add((f, i)))
            {
                changes.Add(new IndicatorChange(ChangeKind.Added, row.Fund, null, null, row.Indicator, []));
            }
            else if (Differences(before, row.Indicator) is { IsEmpty: false } fields)
            {
                changes.Add(new IndicatorChange(ChangeKind.Changed, row.Fund, id, before, row.Indicator, fields));
            }
        }
        var notExported = Unmatched(stored, known, byPosition ? null : edited.Exported, place => seen.Contains(place) || kept.Contains(place), changes);
        var funds = edited.Result.GoalSet?.Funds ?? [];
        var other = funds.Where(e => stored.Funds.FirstOrDefault(s => s.Name == e.Name) is { } s && (!s.Goals.SequenceEqual(e.Goals) || s.Money != e.Money))
            .Select(e => e.Name).ToImmutableArray();
        return new ChangePreview(changes.ToImmutable(), other)
        {
            Problems = problems.ToImmutable(), NotExported = notExported, ByPosition = byPosition,
        };
    }

    /// <summary>
    /// The stored indicators that no row stands for (<paramref name="matched"/> says which do) are removed, except
    /// those a workbook with an export record was not exported with: they are returned, to be kept.
    /// </summary>
    private static ImmutableArray<KeptIndicator> Unmatched(GoalSet stored, RowIds known, ExportRecord? exported, Func<(int, int), bool> matched,
        ImmutableArray<IndicatorChange>.Builder changes)
    {
        var notExported = ImmutableArray.CreateBuilder<KeptIndicator>();
        for (var f = 0; f < stored.Funds.Length; f++)
        {
            for (var i = 0; i < stored.Funds[f].Indicators.Length; i++)
            {
                var (fund, indicator, id) = (stored.Funds[f].Name, stored.Funds[f].Indicators[i], known.Of(f, i));
                if (matched((f, i)))
                {
                    continue;
                }
                if (exported is null || exported.Contains(id))
                {
                    changes.Add(new IndicatorChange(ChangeKind.Removed, fund, id, indicator, null, []));
                }
                else
                {
                    notExported.Add(new KeptIndicator(fund, id, indicator));
                }
            }
        }
        return notExported.ToImmutable();
    }

    private static ImmutableArray<string> Differences(Indicator before, Indicator after) =>
        [.. IndicatorFields.Compare(before, after).Select(c => c.Field)];
}

/// <summary>Why a workbook row's 行标识 cannot be applied.</summary>
public enum RowProblemKind
{
    /// <summary>No stored indicator has this 行标识: deleted since the export, or the row comes from another workbook.</summary>
    NotFound,
    /// <summary>The 行标识 is of an indicator of another fund (<see cref="RowProblem.StoredFund"/>) than the sheet the row stands in.</summary>
    OtherFund,
}

/// <summary>导出后新增的指标 — a stored indicator the workbook was not exported with, kept as it is: its fund, 行标识 and content.</summary>
public sealed record KeptIndicator(string Fund, string RowId, Indicator Indicator);

/// <summary>行标识问题 — a workbook row that is not applied, with where it stands and what it says.</summary>
public sealed record RowProblem(RowProblemKind Kind, ImportedRow Row, string? StoredFund);
