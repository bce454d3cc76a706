using System.Collections.Immutable;
using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.Office;

/// <summary>What an Office document says about one fund, gathered from headings and tables, built at the end.</summary>
internal sealed class FundDraft(string name, SourceRef? source)
{
    /// <summary>Per row of the indicator table: the row id and the 自评表 cells, by the row's source.</summary>
    public sealed record RowExtras(string? RowId, string Actual, string Score, string Deviation);

    public string Name { get; } = name;

    /// <summary>Whether an indicator header was found for this fund; a fund without one is an error, not an empty fund.</summary>
    public bool HasHeader { get; set; }

    public SourceRef? Source { get; } = source;

    public List<string>? Goals { get; set; }

    public MoneyReader Money { get; } = new();

    /// <summary>项目代码, 项目类别, 项目期 and 中期目标, from lines under the heading or cells of the form.</summary>
    public IdentityDraft Identity { get; } = new();

    public List<IndicatorRow> Rows { get; } = [];

    public Dictionary<SourceRef, RowExtras> Extras { get; } = [];

    /// <summary>Points written in level-1 labels (产出指标(50分)), to check against the indicators' own.</summary>
    public Dictionary<string, (decimal Points, SourceRef Where)> CategoryPoints { get; } = new(StringComparer.Ordinal);

    public BudgetExecution? Budget { get; set; }

    public decimal? TotalScore { get; set; }

    public string? Grade { get; set; }

    /// <summary>
    /// A 自评表 of this fund read after its goal table (an exported workbook has both): its results are
    /// matched to this fund's indicators by 一级/二级/三级 instead of adding the indicators twice.
    /// </summary>
    public FundDraft? EvaluationDraft { get; set; }

    public (Fund Fund, FundSelfEvaluation? Evaluation, ImmutableArray<string?> Ids) Build(List<Diagnostic> diagnostics)
    {
        if (!HasHeader)
        {
            diagnostics.Add(Diagnostic.Warning(ReadingGaps.TableUnread, Source, "Office.FundWithoutHeader", Name) with { Fund = Name });
        }
        var indicators = IndicatorRowMerger.Merge(Rows, Name, diagnostics);
        if (HasHeader && indicators.IsEmpty)
        {
            diagnostics.Add(Diagnostic.Warning(ReadingGaps.NoIndicators, Source, "Import.FundWithoutIndicators", Name, Rows.Count) with { Fund = Name });
        }
        CheckCategoryPoints(indicators, diagnostics);
        var fund = Identity.Apply(new Fund(Name, [.. Goals ?? []], indicators, Normalised(Money.Money)) { Source = Source }, diagnostics);
        var ids = indicators.Select(i => i.Source is { } s && Extras.TryGetValue(s, out var e) ? e.RowId : null).ToImmutableArray();
        var evaluation = EvaluationDraft is { } overlay ? overlay.EvaluationOf(indicators) : Evaluation(indicators, diagnostics);
        return (fund, evaluation, ids);
    }

    /// <summary>This draft's results, re-indexed onto another reading of the same fund's indicators.</summary>
    private FundSelfEvaluation? EvaluationOf(ImmutableArray<Indicator> target)
    {
        var ignored = new List<Diagnostic>();
        var own = IndicatorRowMerger.Merge(Rows, Name, ignored);
        if (Evaluation(own, ignored) is not { } evaluation)
        {
            return null;
        }
        var used = new HashSet<int>();
        var results = ImmutableArray.CreateBuilder<IndicatorResult>();
        foreach (var result in evaluation.Indicators)
        {
            var key = own[result.IndicatorIndex];
            var match = Enumerable.Range(0, target.Length).FirstOrDefault(
                i => !used.Contains(i) && target[i].Level1 == key.Level1 && target[i].Level2 == key.Level2 && target[i].Name == key.Name, -1);
            if (match >= 0)
            {
                used.Add(match);
                results.Add(result with { IndicatorIndex = match });
            }
        }
        return evaluation with { Indicators = results.ToImmutable() };
    }

    private FundSelfEvaluation? Evaluation(ImmutableArray<Indicator> indicators, List<Diagnostic> diagnostics)
    {
        var results = ImmutableArray.CreateBuilder<IndicatorResult>();
        for (var i = 0; i < indicators.Length; i++)
        {
            var extras = indicators[i].Sources.Select(s => Extras.GetValueOrDefault(s)).Where(e => e is not null).ToList();
            var actual = extras.Select(e => e!.Actual).FirstOrDefault(a => a.Length > 0) ?? "";
            var scoreText = extras.Select(e => e!.Score).FirstOrDefault(a => a.Length > 0) ?? "";
            var deviation = extras.Select(e => e!.Deviation).FirstOrDefault(a => a.Length > 0) ?? "";
            if (actual.Length + scoreText.Length + deviation.Length == 0)
            {
                continue;
            }
            decimal? score = null;
            if (scoreText.Length > 0)
            {
                if (decimal.TryParse(scoreText.TrimEnd('分'), NumberStyles.Number, CultureInfo.InvariantCulture, out var points))
                {
                    score = points;
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning("score-unreadable", indicators[i].Source, "Office.ScoreUnreadable", scoreText, indicators[i].Name)
                        with { Fund = Name, Indicator = indicators[i].Name });
                }
            }
            results.Add(new IndicatorResult(i, actual, score, deviation) { Where = indicators[i].Source });
        }
        return results.Count == 0 && Budget is null && TotalScore is null
            ? null
            : new FundSelfEvaluation(Name, results.ToImmutable()) { Budget = Budget, TotalScore = TotalScore, Grade = Grade };
    }

    private void CheckCategoryPoints(ImmutableArray<Indicator> indicators, List<Diagnostic> diagnostics)
    {
        foreach (var (level1, (points, where)) in CategoryPoints)
        {
            var weights = indicators.Where(i => i.Level1 == level1).Select(i => i.Weight).ToList();
            if (weights.Count == 0 || weights.Any(w => w is null))
            {
                continue;
            }
            var sum = weights.Sum(w => w!.Value.Points);
            if (sum != points)
            {
                diagnostics.Add(Diagnostic.Warning("category-points", where, "Office.CategoryPoints", level1, points, sum) with { Fund = Name });
            }
        }
    }

    /// <summary>万元 amounts times 10,000 carry trailing zeros (123.4567 → 1234567.0000): drop them.</summary>
    private static FundMoney? Normalised(FundMoney? money) =>
        money is null ? null : new FundMoney(Trim(money.Total), Trim(money.Fiscal), Trim(money.Other));

    private static decimal? Trim(decimal? amount) => amount / 1.000000000000000000000000000000000m;
}
