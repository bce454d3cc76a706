using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;
using Jixiao.Goals;
using Jixiao.Goals.Codes;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// 项目支出绩效目标申报表 of one fund: 项目名称, 主管部门, 项目资金（万元）, 年度目标, and the indicator table
/// laid out as in the disclosure (one row per grade, merged 一级/二级). Column A, hidden, holds 行标识.
/// </summary>
internal static class DeclarationSheet
{
    public static SheetWriter Write(GoalSet goals, int fundIndex, RowIds ids, string name)
    {
        var fund = goals.Funds[fundIndex];
        var table = DisclosureTable.Of(fund);
        var last = table.Headers.Length;
        var sheet = new SheetWriter(name).Column(0, 8, hidden: true);
        for (var c = 0; c < table.Headers.Length; c++)
        {
            sheet.Column(c + 1, table.Widths[c] * 12);
        }
        sheet.MergeAcross(sheet.Row(CellStyle.Title, null, "项目支出绩效目标申报表"), 1, last);
        sheet.MergeAcross(sheet.Row(CellStyle.Default, null, $"（{goals.Year}年度）"), 1, last);
        Labelled(sheet, "项目名称", fund.Name, last);
        Labelled(sheet, "主管部门", goals.Department.Name, last);
        foreach (var (field, value) in new[] { (IdentityField.FundCode, fund.Code?.Value), (IdentityField.FundCategory, fund.Category?.ChineseName()),
            (IdentityField.FundPeriod, fund.Period?.ToString()), (IdentityField.MediumTermGoal, fund.MediumTermGoal) })
        {
            if (value is not null)
            {
                Labelled(sheet, IdentityLabels.LabelOf(field), value, last);
            }
        }
        if (fund.Money is { } money)
        {
            var first = sheet.NextRow;
            foreach (var (label, amount) in new[] { ("年度资金总额", money.Total), ("其中：财政拨款", money.Fiscal), ("其他资金", money.Other) })
            {
                var row = sheet.Row(CellStyle.Label, null, "项目资金（万元）", label);
                if (amount is { } yuan)
                {
                    sheet.Set(row, 3, XlsxWriter.TenThousands(yuan), CellStyle.Body, isNumber: true);
                }
                sheet.Merge(row, 3, row, last);
            }
            sheet.Merge(first, 1, first + 2, 1);
        }
        Labelled(sheet, "年度目标", string.Join("\n", fund.Goals.Select((g, i) => $"{i + 1}、{g}")), last);
        sheet.Row(CellStyle.Header, [FormColumns.RowIdHeader, .. table.Headers]);
        WriteRows(sheet, table, ids, fundIndex);
        return sheet;
    }

    private static void Labelled(SheetWriter sheet, string label, string value, int last)
    {
        var row = sheet.Row(CellStyle.Label, null, label);
        sheet.Set(row, 2, value, CellStyle.BodyLeft);
        sheet.Merge(row, 2, row, last);
    }

    private static void WriteRows(SheetWriter sheet, DisclosureTable table, RowIds ids, int fundIndex)
    {
        var indicator = -1;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            // A new indicator starts where its own cells (三级指标) start a span.
            indicator += table.Spans[r][2] > 0 ? 1 : 0;
            // Covered cells stay empty, as Excel keeps only the first cell of a merged area.
            var cells = table.Rows[r].Select((text, c) => table.Spans[r][c] == 0 ? null : text);
            var row = sheet.Row(CellStyle.Body, [ids.Of(fundIndex, indicator), .. cells]);
            for (var c = 0; c < table.Headers.Length; c++)
            {
                if (table.Spans[r][c] > 1)
                {
                    sheet.Merge(row, c + 1, row + table.Spans[r][c] - 1, c + 1);
                }
            }
        }
    }
}
