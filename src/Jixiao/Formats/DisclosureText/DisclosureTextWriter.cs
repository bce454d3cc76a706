using System.Globalization;
using System.Text;
using Jixiao.Formats.Tables;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Formats.DisclosureText;

/// <summary>
/// Writes a goal set in the disclosure text format, the layout of the seed: what
/// <see cref="DisclosureTextReader"/> reads back into the same model. A ladder whose text is its steps
/// is written one row per grade, as the seed does.
/// </summary>
public static class DisclosureTextWriter
{
    private static readonly string[] Headers = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];

    public static string Write(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var text = new StringBuilder(4096);
        text.Append(goals.Department.Name).Append(goals.Year).Append("年部门预算绩效信息\n");
        if (IdentityLabels.LineOf(goals.Department) is { } codes)
        {
            text.Append(codes).Append('\n');
        }
        text.Append('\n');
        text.Append("第一部分  部门整体绩效目标\n");
        WriteList(text, "（一）总体绩效目标", goals.Overall.Goals, i => $"({ChineseNumeral.Of(i)})、");
        WriteList(text, "（二）分项绩效目标", goals.Overall.SubGoals, i => $"{ChineseNumeral.Of(i)}、");
        WriteList(text, "（三）工作保障措施", goals.Overall.Safeguards, i => $"{ChineseNumeral.Of(i)}、");
        text.Append("\n第二部分  专项资金绩效目标\n");
        for (var i = 0; i < goals.Funds.Length; i++)
        {
            WriteFund(text, i + 1, goals.Funds[i]);
        }
        return text.ToString();
    }

    private static void WriteList(StringBuilder text, string heading, IReadOnlyList<string> items, Func<int, string> numbering)
    {
        text.Append(heading).Append('\n');
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(numbering(i + 1)).Append(OneLine(items[i])).Append('\n');
        }
        text.Append('\n');
    }

    private static void WriteFund(StringBuilder text, int number, Fund fund)
    {
        text.Append(number.ToString(CultureInfo.InvariantCulture)).Append('、').Append(fund.Name).Append("专项资金绩效目标表\n");
        foreach (var line in IdentityLabels.LinesOf(fund))
        {
            text.Append(line).Append('\n');
        }
        if (fund.Money is { } money)
        {
            WriteMoney(text, money);
        }
        text.Append("\t绩效目标\n\t");
        for (var i = 0; i < fund.Goals.Length; i++)
        {
            text.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('、').Append(OneLine(fund.Goals[i])).Append('\n');
        }
        if (fund.Goals.IsEmpty)
        {
            text.Append('\n');
        }
        text.Append("\n\n");
        var extra = ExtraColumns(fund);
        foreach (var header in Headers.Concat(extra.Select(e => e.Header)))
        {
            text.Append('\t').Append(header).Append('\n');
        }
        text.Append('\n');
        var previousLevel1 = (string?)null;
        foreach (var indicator in fund.Indicators)
        {
            var rows = RowTargets(indicator.Target);
            for (var r = 0; r < rows.Count; r++)
            {
                var level1 = r == 0 && indicator.Level1 != previousLevel1 ? indicator.Level1 : "";
                Cells(text, [level1, indicator.Level2, indicator.Name, indicator.Description, rows[r], indicator.Basis,
                    .. extra.Select(e => e.Value(indicator))]);
            }
            previousLevel1 = indicator.Level1;
        }
        text.Append("\n\n");
    }

    private static void WriteMoney(StringBuilder text, FundMoney money)
    {
        var parts = new List<string>(3);
        if (money.Total is { } total) parts.Add($"年度资金总额：{Amount(total)}元");
        if (money.Fiscal is { } fiscal) parts.Add($"财政拨款：{Amount(fiscal)}元");
        if (money.Other is { } other) parts.Add($"其他资金：{Amount(other)}元");
        text.Append(string.Join("；", parts)).Append('\n');
    }

    internal static List<(string Header, Func<Indicator, string> Value)> ExtraColumns(Fund fund)
    {
        var columns = new List<(string, Func<Indicator, string>)>(2);
        if (fund.Indicators.Any(i => i.Weight is not null))
        {
            columns.Add(("分值", i => i.Weight?.ToString() ?? ""));
        }
        if (fund.Indicators.Any(i => i.Direction is not null))
        {
            columns.Add(("指标性质", i => i.Direction?.ChineseName() ?? ""));
        }
        if (fund.Indicators.Any(i => i.Code is not null))
        {
            columns.Add(("指标代码", i => i.Code?.Value ?? ""));
        }
        return columns;
    }

    /// <summary>One row per grade when the ladder's text is exactly its steps; otherwise the text in one row.</summary>
    internal static IReadOnlyList<string> RowTargets(Target target) =>
        target is LadderTarget { Ladder.Steps.Length: > 1 } ladder
        && ladder.Text == string.Join(" ", ladder.Ladder.Steps.Select(s => s.Text))
        && ladder.Ladder.Steps.All(s => s.Text.Length > 0 && !s.Text.Contains(' ', StringComparison.Ordinal))
            ? [.. ladder.Ladder.Steps.Select(s => s.Text)]
            : [OneLine(target.Text)];

    private static void Cells(StringBuilder text, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            text.Append('\t').Append(cell.Replace("\r", "", StringComparison.Ordinal)).Append('\n');
        }
        text.Append('\n');
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Amount(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Chinese numerals for list numbering: 一 … 十 … 九十九.</summary>
internal static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int number) => number switch
    {
        < 1 or > 99 => number.ToString(CultureInfo.InvariantCulture),
        < 10 => Digits[number].ToString(),
        10 => "十",
        < 20 => "十" + Digits[number - 10],
        _ => Digits[number / 10] + "十" + (number % 10 == 0 ? "" : Digits[number % 10].ToString()),
    };
}
