using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Formats.DisclosureText;

/// <summary>
/// Reads a fund's money, written as <c>年度资金总额：120万元；财政拨款：100万元；其他资金：20万元</c> on a
/// line or as label/value cells. The unit must be stated (元 or 万元): Jixiao never assumes it.
/// </summary>
internal sealed partial class MoneyReader
{
    [GeneratedRegex(@"^(?<label>年度资金总额|项目资金总额|资金总额|项目资金|(?:其中[：:]?)?财政拨款|其他资金)\s*(?:[（(](?<u1>万元|元)[)）])?\s*(?:[：:]\s*(?<num>[\d,]+(?:\.\d+)?)\s*(?<u2>万元|元)?)?$")]
    private static partial Regex MoneyPart();

    private decimal? _total, _fiscal, _other;

    public FundMoney? Money => _total is null && _fiscal is null && _other is null ? null : new FundMoney(_total, _fiscal, _other);

    public bool TryRead(string line, SourceRef where, List<Diagnostic> diagnostics)
    {
        var parts = line.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var matches = parts.Select(p => MoneyPart().Match(p)).ToList();
        if (matches.Count == 0 || matches.Any(m => !m.Success || !m.Groups["num"].Success))
        {
            return false;
        }
        foreach (var match in matches)
        {
            Store(match, match.Groups["num"].Value, where, diagnostics);
        }
        return true;
    }

    /// <summary>A label cell (年度资金总额（万元）) followed by its value cell; advances the index past what it read.</summary>
    public bool TryReadCell(string label, string? value, int line, ref int index, List<Diagnostic> diagnostics)
    {
        var match = MoneyPart().Match(label.Trim());
        if (!match.Success)
        {
            return false;
        }
        if (match.Groups["num"].Success)
        {
            Store(match, match.Groups["num"].Value, SourceRef.AtLine(line), diagnostics);
            index++;
            return true;
        }
        if (value is null)
        {
            return false;
        }
        value = value.Trim();
        var unit = match.Groups["u1"].Value;
        if (value.EndsWith("万元", StringComparison.Ordinal)) (value, unit) = (value[..^2], "万元");
        else if (value.EndsWith('元')) (value, unit) = (value[..^1], "元");
        Store(match.Groups["label"].Value, value.Trim(), unit, SourceRef.AtLine(line), diagnostics);
        index += 2;
        return true;
    }

    private void Store(Match match, string number, SourceRef where, List<Diagnostic> diagnostics) =>
        Store(match.Groups["label"].Value, number, match.Groups["u2"].Success ? match.Groups["u2"].Value : match.Groups["u1"].Value, where, diagnostics);

    private void Store(string label, string number, string unit, SourceRef where, List<Diagnostic> diagnostics)
    {
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            diagnostics.Add(Diagnostic.Warning("money-unreadable", where, "Import.MoneyUnreadable", where.Line, label, number));
            return;
        }
        if (unit.Length == 0)
        {
            diagnostics.Add(Diagnostic.Warning("money-unit-missing", where, "Import.MoneyUnitMissing", where.Line, label, number));
            return;
        }
        var yuan = unit == "万元" ? amount * 10000m : amount;
        if (label.Contains("财政拨款", StringComparison.Ordinal)) _fiscal = yuan;
        else if (label == "其他资金") _other = yuan;
        else _total = yuan;
    }
}
