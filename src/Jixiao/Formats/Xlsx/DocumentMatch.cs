using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// 重新导入的匹配 — how a re-imported document's rows line up with the stored goals when the document carries no
/// 行标识 (a text, Word, PDF or HTML disclosure): funds by 项目代码, else by name; within a fund, an indicator by its
/// 指标代码 where both have one, then by identical content
/// (a moved or unchanged row), then by the same 一级/二级/三级 names in order (an edited row), then by the same 三级
/// name, then by the same position and categories (a row rewritten in place). What is left over is added or removed:
/// an indicator never inherits the identity, and so the measurements, of a different one. <see cref="Preview"/> states the
/// result as the workbook path does (<see cref="ChangePreview"/>), with the stored rows' positional 行标识.
/// </summary>
public sealed class DocumentMatch
{
    private DocumentMatch(ImmutableArray<int?> funds, ImmutableArray<ImmutableArray<int?>> indicators, ChangePreview preview)
    {
        Funds = funds;
        Indicators = indicators;
        Preview = preview;
    }

    /// <summary>For each incoming fund, the stored fund's index, or null for a new fund.</summary>
    public ImmutableArray<int?> Funds { get; }

    /// <summary>For each incoming fund and indicator, the stored indicator's index in the matched stored fund, or null for a new row.</summary>
    public ImmutableArray<ImmutableArray<int?>> Indicators { get; }

    /// <summary>The changes, as the workbook preview states them.</summary>
    public ChangePreview Preview { get; }

    /// <summary>Whether part 1 (部门整体绩效目标) differs from the stored one.</summary>
    public bool OverallChanged { get; private init; }

    /// <summary>Whether the document changes nothing: same rows with the same content, in the same order.</summary>
    public bool IsSameAsStored { get; private init; }

    public static DocumentMatch Between(GoalSet stored, GoalSet incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        var changes = ImmutableArray.CreateBuilder<IndicatorChange>();
        var funds = ImmutableArray.CreateBuilder<int?>();
        var indicators = ImmutableArray.CreateBuilder<ImmutableArray<int?>>();
        var matchedFunds = new HashSet<int>();
        var sameOrder = stored.Funds.Length == incoming.Funds.Length;
        for (var f = 0; f < incoming.Funds.Length; f++)
        {
            var fund = incoming.Funds[f];
            var s = IndexOf(stored.Funds, fund);
            if (s < 0 || !matchedFunds.Add(s))
            {
                funds.Add(null);
                indicators.Add([.. fund.Indicators.Select(_ => (int?)null)]);
                changes.AddRange(fund.Indicators.Select(i => new IndicatorChange(ChangeKind.Added, fund.Name, null, null, i, [])));
                sameOrder = false;
                continue;
            }
            funds.Add(s);
            sameOrder &= s == f;
            var before = stored.Funds[s].Indicators;
            var match = Match(before, fund.Indicators);
            indicators.Add(match);
            for (var i = 0; i < fund.Indicators.Length; i++)
            {
                if (match[i] is not { } b)
                {
                    changes.Add(new IndicatorChange(ChangeKind.Added, fund.Name, null, null, fund.Indicators[i], []));
                    sameOrder = false;
                    continue;
                }
                sameOrder &= b == i;
                if (IndicatorFields.Compare(before[b], fund.Indicators[i]) is { IsEmpty: false } fields)
                {
                    changes.Add(new IndicatorChange(ChangeKind.Changed, fund.Name, XlsxWriter.RowId(s, b), before[b], fund.Indicators[i], [.. fields.Select(x => x.Field)]));
                }
            }
            var used = match.Where(m => m is not null).Select(m => m!.Value).ToHashSet();
            for (var b = 0; b < before.Length; b++)
            {
                if (!used.Contains(b))
                {
                    changes.Add(new IndicatorChange(ChangeKind.Removed, fund.Name, XlsxWriter.RowId(s, b), before[b], null, []));
                    sameOrder = false;
                }
            }
        }
        for (var s = 0; s < stored.Funds.Length; s++)
        {
            if (!matchedFunds.Contains(s))
            {
                var gone = stored.Funds[s];
                changes.AddRange(gone.Indicators.Select((i, b) => new IndicatorChange(ChangeKind.Removed, gone.Name, XlsxWriter.RowId(s, b), i, null, [])));
            }
        }
        var other = incoming.Funds.Where((e, f) => funds[f] is { } s && (!stored.Funds[s].Goals.SequenceEqual(e.Goals) || stored.Funds[s].Money != e.Money))
            .Select(e => e.Name).ToImmutableArray();
        var preview = new ChangePreview(changes.ToImmutable(), other) { ByPosition = true };
        return new DocumentMatch(funds.ToImmutable(), indicators.ToImmutable(), preview)
        {
            OverallChanged = !SameOverall(stored.Overall, incoming.Overall),
            IsSameAsStored = sameOrder && preview.IsEmpty && SameOverall(stored.Overall, incoming.Overall),
        };
    }

    /// <summary>The stored fund with the same 项目代码, else the same name; -1 for none.</summary>
    private static int IndexOf(ImmutableArray<Fund> funds, Fund fund)
    {
        var byCode = fund.Code is { } code ? funds.IndexOf(funds.FirstOrDefault(f => f.Code == code)!) : -1;
        return byCode >= 0 ? byCode : funds.IndexOf(funds.FirstOrDefault(f => f.Name == fund.Name)!);
    }

    private static bool SameOverall(DepartmentGoals a, DepartmentGoals b) =>
        a.Goals.SequenceEqual(b.Goals) && a.SubGoals.SequenceEqual(b.SubGoals) && a.Safeguards.SequenceEqual(b.Safeguards);

    /// <summary>For each incoming row, the stored row it stands for: identical content, then the same names, then position.</summary>
    private static ImmutableArray<int?> Match(ImmutableArray<Indicator> stored, ImmutableArray<Indicator> incoming)
    {
        var match = new int?[incoming.Length];
        var taken = new bool[stored.Length];
        void Pass(Func<Indicator, Indicator, bool> same)
        {
            for (var i = 0; i < incoming.Length; i++)
            {
                if (match[i] is not null)
                {
                    continue;
                }
                for (var s = 0; s < stored.Length; s++)
                {
                    if (!taken[s] && same(stored[s], incoming[i]))
                    {
                        (match[i], taken[s]) = (s, true);
                        break;
                    }
                }
            }
        }
        Pass((a, b) => a.Code is { } code && b.Code == code);
        Pass((a, b) => IndicatorFields.Compare(a, b).IsEmpty);
        Pass((a, b) => a.Level1 == b.Level1 && a.Level2 == b.Level2 && a.Name == b.Name);
        Pass((a, b) => a.Name == b.Name);
        // A row rewritten in place: same position and the same categories. Anything else is a new row, so that a
        // different indicator never inherits another's measurements.
        for (var i = 0; i < incoming.Length && i < stored.Length; i++)
        {
            if (match[i] is null && !taken[i] && stored[i].Level1 == incoming[i].Level1 && stored[i].Level2 == incoming[i].Level2)
            {
                (match[i], taken[i]) = (i, true);
            }
        }
        return [.. match];
    }
}
