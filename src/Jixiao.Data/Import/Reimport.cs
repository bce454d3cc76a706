using Jixiao.Data.Persistence;
using Jixiao.Data.Workbook;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;

namespace Jixiao.Data.Import;

/// <summary>
/// 重新导入 — a document for a department-year that already has goals updates them in place rather than replacing
/// them: funds and indicators keep their ids (and so what was measured on them, the opinions and anything hung on
/// them). Rows are matched as <see cref="DocumentMatch"/> says; the change preview is the workbook path's
/// (<see cref="WorkbookPreview"/> views), so both say the same about the same change.
/// </summary>
internal sealed class Reimport
{
    private readonly DocumentMatch _match;

    private Reimport(GoalSet before, GoalSet incoming)
    {
        Incoming = incoming;
        _match = DocumentMatch.Between(before, incoming);
        Other = [.. OtherChange.Between(before, incoming, after => _match.Funds[incoming.Funds.IndexOf(after)] is { } s ? before.Funds[s] : null),
            .. FundsGone(before)];
    }

    public GoalSet Incoming { get; }

    /// <summary>Indicator changes: added, changed (field by field) and removed.</summary>
    public IReadOnlyList<IndicatorChangeView> Indicators => [.. _match.Preview.Changes.Select(IndicatorChangeView.From)];

    /// <summary>Other changes: part 1, fund goals and money, funds added or removed.</summary>
    public IReadOnlyList<OtherChange> Other { get; }

    /// <summary>Whether applying would change nothing (the same file again).</summary>
    public bool IsSameAsStored => _match.IsSameAsStored;

    public static Reimport Of(StoredGoalSet stored, int year, string department, GoalSet incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new Reimport(stored.ToGoalSet(year, department), incoming);
    }

    /// <summary>
    /// Applies the document to the same stored rows: matched indicators revised in place when they differ (ids kept,
    /// versions bumped), new ones added, unmatched ones removed; funds likewise; everything in the document's order.
    /// </summary>
    public void ApplyTo(StoredGoalSet stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var storedFunds = stored.Funds.OrderBy(f => f.Position).ToList();
        var keptFunds = new List<StoredFund>();
        for (var f = 0; f < Incoming.Funds.Length; f++)
        {
            var fund = Incoming.Funds[f];
            if (_match.Funds[f] is not { } s)
            {
                keptFunds.Add(stored.AddFund(fund));
                continue;
            }
            var target = storedFunds[s];
            keptFunds.Add(target);
            target.ReviseGoals(fund.Goals);
            target.ReviseMoney(fund.Money);
            target.ReviseProject(fund);
            target.Rename(fund.Name);
            var indicators = target.Indicators.OrderBy(i => i.Position).ToList();
            var ordered = new List<StoredIndicator>();
            for (var i = 0; i < fund.Indicators.Length; i++)
            {
                if (_match.Indicators[f][i] is { } b)
                {
                    if (!IndicatorFields.Compare(indicators[b].ToIndicator(), fund.Indicators[i]).IsEmpty)
                    {
                        indicators[b].Revise(fund.Indicators[i]);
                    }
                    ordered.Add(indicators[b]);
                }
                else
                {
                    ordered.Add(target.AddIndicator(fund.Indicators[i]));
                }
            }
            foreach (var gone in indicators.Except(ordered).ToList())
            {
                target.RemoveIndicator(gone);
            }
            target.Arrange(ordered);
        }
        foreach (var gone in storedFunds.Except(keptFunds).ToList())
        {
            stored.RemoveFund(gone);
        }
        stored.Arrange(keptFunds);
        if (_match.OverallChanged)
        {
            stored.ReviseOverall(Incoming.Overall);
        }
    }

    /// <summary>Funds the document no longer has: removed with their indicators.</summary>
    private IEnumerable<OtherChange> FundsGone(GoalSet before) =>
        before.Funds.Where((_, s) => !_match.Funds.Contains(s))
            .Select(f => new OtherChange(f.Name, Workbook.FieldChange.Of("fund", "Web.Import.FundRemoved", f.Name, "")));
}
