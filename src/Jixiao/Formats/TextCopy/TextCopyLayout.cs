using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Layout;
using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;

namespace Jixiao.Formats.TextCopy;

/// <summary>Words that say what a line of copied text is: a header cell, a form label, a heading that ends a table.</summary>
internal static class TextCopyLayout
{
    /// <summary>Labels of a form's cells that stand before their value (项目名称, 主管部门, 年度目标, money lines).</summary>
    public static bool IsFormLabel(string text)
    {
        var label = FormColumns.Compact(text).TrimEnd(':');
        var bare = FormColumns.StripUnit(label);
        return FormLabels.FundName.Contains(label) || FormLabels.Department.Contains(label) || FormLabels.Year.Contains(label)
            || FormLabels.Goals.Contains(label) || FormLabels.Goals.Contains(bare) || FormLabels.MoneyLabel(label) is not null
            || FormLabels.MoneyLabel(bare) is not null || bare is "项目资金" or "实施单位" or "项目属性" or "项目期" or "预算单位";
    }

    /// <summary>A header cell of an indicator table (三级指标, 指标值, 实际完成值 …).</summary>
    public static bool IsHeaderWord(string text) =>
        IndicatorColumns.Recognise(text) is not null || FormColumns.Map([text]).Count > 0 || FormColumns.Compact(text) is "绩效指标";

    /// <summary>A header row: enough header words to name a 三级指标 and a 指标值 column.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells) =>
        cells.Count >= 2 && IndicatorColumns.Map(cells) is not null;

    /// <summary>A line that ends any table: a title, a part or section heading, a fund's heading.</summary>
    public static bool IsHeading(string text)
    {
        var line = text.Trim();
        return FormTitle.Read(line) is not null || line.StartsWith("第一部分", StringComparison.Ordinal)
            || line.StartsWith("第二部分", StringComparison.Ordinal) || DisclosureTextReader.ReadFundHeading(line) is not null
            || FormColumns.Compact(ListNumbering.Strip(line)) is "总体绩效目标" or "分项绩效目标" or "工作保障措施";
    }

    /// <summary>A footer label (总分, 其他需要说明事项, 评价结论 …) that closes an indicator table.</summary>
    public static bool IsTerminal(string text) => FormLabels.Terminal.Contains(FormColumns.Compact(text).TrimEnd(':'));

    /// <summary><c>label：value</c> on one line, for a known form label.</summary>
    public static (string Label, string Value)? LabelAndValue(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > 16)
        {
            return null;
        }
        var label = text[..colon].Trim();
        var value = text[(colon + 1)..].Trim();
        return IsFormLabel(label) && value.Length > 0 && !DisclosureMoneyLine(text) ? (label, value) : null;
    }

    /// <summary>年度资金总额：120万元；财政拨款：100万元 is read whole by the money reader, not cut at its first colon.</summary>
    private static bool DisclosureMoneyLine(string text) => text.Contains('；', StringComparison.Ordinal) || text.Contains(';', StringComparison.Ordinal);
}
