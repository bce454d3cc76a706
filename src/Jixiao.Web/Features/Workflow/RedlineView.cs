using Jixiao.Data.Workflow;
using Jixiao.Goals;
using Jixiao.Governance;

namespace Jixiao.Web.Features.Workflow;

/// <summary>One indicator in a redline: added, removed or changed, with the changed fields (old → new).</summary>
public sealed record IndicatorRedlineView(ChangeKind Kind, string Fund, string Level1, string Level2, string Name, IReadOnlyList<FieldChange> Fields);

/// <summary>修订对照 for the API and the review page: lines of part 1, funds' money, and indicators, as text.</summary>
public sealed record RedlineView(int From, int To, IReadOnlyList<LineChange> Lines, IReadOnlyList<FundRedline> Funds, IReadOnlyList<IndicatorRedlineView> Indicators)
{
    public bool IsEmpty => Lines.Count == 0 && Funds.Count == 0 && Indicators.Count == 0;

    public static RedlineView Of(int from, int to, Redline redline)
    {
        ArgumentNullException.ThrowIfNull(redline);
        return new RedlineView(from, to, redline.Lines, redline.Funds,
            [.. redline.Indicators.Select(i => new IndicatorRedlineView(i.Kind, i.Fund, i.Key.Level1, i.Key.Level2, i.Key.Name, i.Fields))]);
    }
}
