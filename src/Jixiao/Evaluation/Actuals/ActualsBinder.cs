using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// Matches the rows of an actuals file with the goals: each row names a fund and one of its indicators
/// (or a money row). Unknown funds and indicators, repeated rows and unreadable values are reported
/// with their line and left out; nothing is matched by guessing.
/// </summary>
public static class ActualsBinder
{
    public static (ActualSet Actuals, List<Diagnostic> Diagnostics) Bind(GoalSet goals, IEnumerable<ActualRow> rows)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(rows);
        var diagnostics = new List<Diagnostic>();
        var funds = goals.Funds.Select(f => new FundSlot(f)).ToArray();
        var fundIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < funds.Length; i++)
        {
            fundIndex.TryAdd(FundKey(goals.Funds[i].Name), i);
        }
        // A 项目代码 names its fund too (a name that happens to equal another fund's code loses to the name).
        for (var i = 0; i < funds.Length; i++)
        {
            if (goals.Funds[i].Code is { } code)
            {
                fundIndex.TryAdd(FundKey(code.Value), i);
            }
        }
        foreach (var row in rows)
        {
            if (row.Place is { } place && place.Fund >= 0 && place.Fund < funds.Length)
            {
                funds[place.Fund].Accept(row, place.Indicator, diagnostics);
                continue;
            }
            if (!fundIndex.TryGetValue(FundKey(row.Fund), out var f))
            {
                diagnostics.Add(Error("actuals-unknown-fund", row, "Actuals.UnknownFund", row.Source.Line, row.Fund,
                    string.Join("、", goals.Funds.Select(x => x.Name))));
                continue;
            }
            funds[f].Accept(row, diagnostics);
        }
        return (new ActualSet([.. funds.Select(s => s.Build())]), diagnostics);
    }

    /// <summary>Fund names are compared without white space and without a trailing 专项资金 (headings drop it).</summary>
    private static string FundKey(string name)
    {
        var compact = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        return compact.EndsWith("专项资金", StringComparison.Ordinal) ? compact[..^4] : compact;
    }

    internal static Diagnostic Error(string code, ActualRow row, string key, params object?[] arguments) =>
        Diagnostic.Error(code, row.Source, key, arguments) with { Fund = row.Fund.Length > 0 ? row.Fund : null, Indicator = row.Indicator.Length > 0 ? row.Indicator : null };

    /// <summary>What has been matched for one fund.</summary>
    private sealed class FundSlot(Fund fund)
    {
        private readonly ActualEntry?[] _entries = new ActualEntry?[fund.Indicators.Length];
        private readonly BudgetSlot _budget = new();
        private readonly Dictionary<string, List<int>> _byName = fund.Indicators
            .Select((indicator, index) => (indicator.Name, index))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.index).ToList(), StringComparer.Ordinal);

        /// <summary>A row placed exactly (from stored data): an indicator by index, or a money row by its name.</summary>
        public void Accept(ActualRow row, int? indicator, List<Diagnostic> diagnostics)
        {
            if (indicator is { } index && index >= 0 && index < _entries.Length)
            {
                Enter(row, index, diagnostics);
            }
            else if (BudgetRows.TryRead(row.Indicator, out var item, out var unit))
            {
                _budget.Accept(row, item, unit, diagnostics);
            }
        }

        public void Accept(ActualRow row, List<Diagnostic> diagnostics)
        {
            if (row.Code.Trim() is { Length: > 0 } code)
            {
                AcceptCoded(row, code, diagnostics);
                return;
            }
            if (row.Position.Trim() is { Length: > 0 } position)
            {
                AcceptAt(row, position, diagnostics);
                return;
            }
            if (BudgetRows.TryRead(row.Indicator, out var item, out var unit) && !_byName.ContainsKey(row.Indicator.Trim()))
            {
                _budget.Accept(row, item, unit, diagnostics);
                return;
            }
            if (!_byName.TryGetValue(row.Indicator.Trim(), out var indices))
            {
                diagnostics.Add(Error("actuals-unknown-indicator", row, "Actuals.UnknownIndicator", row.Source.Line, row.Indicator, fund.Name,
                    string.Join("、", _byName.Keys)));
                return;
            }
            if (indices.Count > 1)
            {
                diagnostics.Add(Error("actuals-ambiguous-indicator", row, "Actuals.AmbiguousIndicator", row.Source.Line, row.Indicator, fund.Name, indices.Count));
                return;
            }
            Enter(row, indices[0], diagnostics);
        }

        /// <summary>A row naming its indicator by 指标代码; a name or 序号 given beside it must be that row's.</summary>
        private void AcceptCoded(ActualRow row, string code, List<Diagnostic> diagnostics)
        {
            var index = -1;
            if (Goals.Codes.Code.TryParse(code, out var parsed, out _))
            {
                for (var i = 0; i < fund.Indicators.Length && index < 0; i++)
                {
                    index = fund.Indicators[i].Code == parsed ? i : -1;
                }
            }
            if (index < 0)
            {
                diagnostics.Add(Error("actuals-unknown-code", row, "Actuals.UnknownCode", row.Source.Line, code, fund.Name));
                return;
            }
            var named = row.Indicator.Trim();
            var position = row.Position.Trim();
            if ((named.Length > 0 && named != fund.Indicators[index].Name)
                || (position.Length > 0 && position != (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                diagnostics.Add(Error("actuals-code-mismatch", row, "Actuals.CodeMismatch", row.Source.Line, code, fund.Indicators[index].Name, index + 1));
                return;
            }
            Enter(row, index, diagnostics);
        }

        /// <summary>A row naming its indicator by 序号; a name given beside it must be that row's.</summary>
        private void AcceptAt(ActualRow row, string position, List<Diagnostic> diagnostics)
        {
            if (!int.TryParse(position, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                diagnostics.Add(Error("actuals-position-unreadable", row, "Actuals.PositionUnreadable", row.Source.Line, position));
                return;
            }
            if (number < 1 || number > _entries.Length)
            {
                diagnostics.Add(Error("actuals-unknown-position", row, "Actuals.UnknownPosition", row.Source.Line, number, fund.Name, _entries.Length));
                return;
            }
            var named = row.Indicator.Trim();
            if (named.Length > 0 && named != fund.Indicators[number - 1].Name)
            {
                diagnostics.Add(Error("actuals-position-mismatch", row, "Actuals.PositionMismatch", row.Source.Line, number, named, fund.Indicators[number - 1].Name));
                return;
            }
            Enter(row, number - 1, diagnostics);
        }

        private void Enter(ActualRow row, int index, List<Diagnostic> diagnostics)
        {
            if (_entries[index] is { Source: var first })
            {
                diagnostics.Add(Error("actuals-duplicate", row, "Actuals.Duplicate", row.Source.Line, row.Indicator, first?.Line));
                return;
            }
            var score = ScoreCell.Read(row, diagnostics);
            var value = ActualCheck.Read(row, fund.Indicators[index], diagnostics);
            _entries[index] = new ActualEntry(value, row.Reason, score, row.Source);
        }

        public FundActuals Build() => new(_entries, _budget.Build());
    }
}
