using Jixiao.Data.Checks;
using Jixiao.Data.Funds;
using Jixiao.Data.Indicators;
using Jixiao.Web.Features.Indicators;

namespace Jixiao.Web.Features.Funds;

/// <summary>An indicator table shown without editing (import preview, print view), with its findings.</summary>
public sealed record ReadOnlyTable(IReadOnlyList<IndicatorView> Rows, IReadOnlyList<FindingView> Findings, bool ShowFindings = true);
