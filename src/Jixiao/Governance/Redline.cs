using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Governance;

/// <summary>
/// 指标修订 — what happened to one indicator between two versions: added, removed, or changed fields with old
/// and new values. <see cref="BeforePosition"/> and <see cref="AfterPosition"/> are 1-based rows of the fund's table.
/// </summary>
public sealed record IndicatorRedline(ChangeKind Kind, string Fund, Indicator? Before, int? BeforePosition, Indicator? After, int? AfterPosition,
    ImmutableArray<FieldChange> Fields)
{
    /// <summary>The indicator as it is now (after), or as it was when removed.</summary>
    public IndicatorKey Key => (After ?? Before) is { } indicator
        ? new IndicatorKey(Fund, indicator.Level1, indicator.Level2, indicator.Name)
        : throw new InvalidOperationException("An indicator redline has a before or an after.");
}

/// <summary>专项资金修订 — a fund added or removed, or its money (年度资金总额, 财政拨款, 其他资金) changed. Goal lines are in <see cref="Redline.Lines"/>.</summary>
public sealed record FundRedline(ChangeKind Kind, string Fund, ImmutableArray<FieldChange> Money);

/// <summary>
/// 修订对照 — what changed between two versions of a goal set, for the reviewer who returned one version and
/// now reads the next: part 1 lines, funds and their goal lines and money, and indicator by indicator.
/// When both versions carry their <see cref="RowIds"/>, funds and indicators are paired by id (a renamed or moved row
/// is the same row); otherwise funds by name and indicators as <see cref="IndicatorMatcher"/> says. Deterministic: the
/// order is the after version's, with what was removed after what remains.
/// </summary>
public sealed record Redline(ImmutableArray<LineChange> Lines, ImmutableArray<FundRedline> Funds, ImmutableArray<IndicatorRedline> Indicators)
{
    public bool IsEmpty => Lines.IsEmpty && Funds.IsEmpty && Indicators.IsEmpty;

    public static Redline Between(GoalSet before, GoalSet after, RowIds? beforeIds = null, RowIds? afterIds = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var byId = beforeIds is not null && afterIds is not null && beforeIds.Fit(before) && afterIds.Fit(after);
        // The index before of the fund at a after: by id, or by name.
        int Counterpart(int a)
        {
            for (var b = 0; b < before.Funds.Length; b++)
            {
                if (byId ? beforeIds!.Funds[b].Id == afterIds!.Funds[a].Id : before.Funds[b].Name == after.Funds[a].Name)
                {
                    return b;
                }
            }
            return -1;
        }
        int[] Pairing(int b, int a) => b < 0 ? Enumerable.Repeat(-1, after.Funds[a].Indicators.Length).ToArray()
            : byId ? ById(beforeIds!.Funds[b].Indicators, afterIds!.Funds[a].Indicators)
            : IndicatorMatcher.Match(before.Funds[b].Indicators, after.Funds[a].Indicators);
        var lines = ImmutableArray.CreateBuilder<LineChange>();
        lines.AddRange(LineDiff.Between("总体绩效目标", before.Overall.Goals, after.Overall.Goals));
        lines.AddRange(LineDiff.Between("分项绩效目标", before.Overall.SubGoals, after.Overall.SubGoals));
        lines.AddRange(LineDiff.Between("工作保障措施", before.Overall.Safeguards, after.Overall.Safeguards));
        var funds = ImmutableArray.CreateBuilder<FundRedline>();
        var indicators = ImmutableArray.CreateBuilder<IndicatorRedline>();
        var paired = new bool[before.Funds.Length];
        for (var a = 0; a < after.Funds.Length; a++)
        {
            var fund = after.Funds[a];
            var b = Counterpart(a);
            var old = b < 0 ? null : before.Funds[b];
            if (b >= 0)
            {
                paired[b] = true;
            }
            if (old is null)
            {
                funds.Add(new FundRedline(ChangeKind.Added, fund.Name, MoneyFields(null, fund.Money)));
            }
            else if (MoneyFields(old.Money, fund.Money) is { IsEmpty: false } money)
            {
                funds.Add(new FundRedline(ChangeKind.Changed, fund.Name, money));
            }
            lines.AddRange(LineDiff.Between(fund.Name + " 绩效目标", old?.Goals ?? [], fund.Goals));
            indicators.AddRange(Compare(fund.Name, old?.Indicators ?? [], fund.Indicators, Pairing(b, a)));
        }
        foreach (var gone in before.Funds.Where((_, b) => !paired[b]))
        {
            funds.Add(new FundRedline(ChangeKind.Removed, gone.Name, MoneyFields(gone.Money, null)));
            lines.AddRange(LineDiff.Between(gone.Name + " 绩效目标", gone.Goals, []));
            indicators.AddRange(Compare(gone.Name, gone.Indicators, [], []));
        }
        return new Redline(lines.ToImmutable(), funds.ToImmutable(), indicators.ToImmutable());
    }

    /// <summary>For each id after, the index of the same id before, or -1.</summary>
    private static int[] ById(ImmutableArray<int> before, ImmutableArray<int> after) =>
        [.. after.Select(id => before.IndexOf(id))];

    private static IEnumerable<IndicatorRedline> Compare(string fund, ImmutableArray<Indicator> before, ImmutableArray<Indicator> after, int[] match)
    {
        for (var a = 0; a < after.Length; a++)
        {
            if (match[a] < 0)
            {
                yield return new IndicatorRedline(ChangeKind.Added, fund, null, null, after[a], a + 1, []);
            }
            else if (IndicatorFields.Compare(before[match[a]], after[a]) is { IsEmpty: false } fields)
            {
                yield return new IndicatorRedline(ChangeKind.Changed, fund, before[match[a]], match[a] + 1, after[a], a + 1, fields);
            }
        }
        for (var b = 0; b < before.Length; b++)
        {
            if (!match.Contains(b))
            {
                yield return new IndicatorRedline(ChangeKind.Removed, fund, before[b], b + 1, null, null, []);
            }
        }
    }

    private static ImmutableArray<FieldChange> MoneyFields(FundMoney? before, FundMoney? after)
    {
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        void Compare(string field, decimal? x, decimal? y)
        {
            if (x != y) changes.Add(new FieldChange(field, Text(x), Text(y)));
        }
        Compare("年度资金总额", before?.Total, after?.Total);
        Compare("财政拨款", before?.Fiscal, after?.Fiscal);
        Compare("其他资金", before?.Other, after?.Other);
        return changes.ToImmutable();
    }

    private static string? Text(decimal? amount) => amount?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
