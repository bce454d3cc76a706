using System.Globalization;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// 项目支出绩效自评表 of one fund (the 10号 layout of templates.md): budget execution, 年度总体目标, the
/// indicators with 年度指标值, 实际完成值, 分值, 得分 and 偏差原因, 一级指标 labelled with their points
/// (产出指标(50分)) where every indicator has a weight, and 总分 with the grade.
/// </summary>
internal static class SelfEvaluationSheetWriter
{
    public static readonly string[] Headers = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    public static SheetWriter Write(GoalSet goals, int fundIndex, FundSelfEvaluation evaluation, RowIds ids, string name)
    {
        var fund = goals.Funds[fundIndex];
        var sheet = new SheetWriter(name).Column(0, 8, hidden: true);
        double[] widths = [12, 14, 18, 16, 16, 8, 8, 26];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1, widths[c]);
        }
        const int last = 8;
        sheet.MergeAcross(sheet.Row(CellStyle.Title, null, "项目支出绩效自评表"), 1, last);
        sheet.MergeAcross(sheet.Row(CellStyle.Default, null, $"（{goals.Year}年度）"), 1, last);
        foreach (var (label, value) in new[] { ("项目名称", fund.Name), ("主管部门", goals.Department.Name) })
        {
            var row = sheet.Row(CellStyle.Label, null, label);
            sheet.Set(row, 2, value, CellStyle.BodyLeft);
            sheet.Merge(row, 2, row, last);
        }
        Budget(sheet, evaluation.Budget);
        Goals(sheet, fund);
        sheet.Row(CellStyle.Header, [FormColumns.RowIdHeader, .. Headers]);
        Indicators(sheet, fund, fundIndex, evaluation, ids);
        var total = sheet.Row(CellStyle.Label, null, "总分");
        sheet.Merge(total, 1, total, 6);
        if (evaluation.TotalScore is { } score)
        {
            sheet.Set(total, 7, Number(score), CellStyle.Body, isNumber: true);
        }
        sheet.Set(total, 8, evaluation.Grade ?? "", CellStyle.Body);
        return sheet;
    }

    private static void Budget(SheetWriter sheet, BudgetExecution? budget)
    {
        var header = sheet.Row(CellStyle.Header, null, "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        var row = sheet.Row(CellStyle.Label, null, null, "年度资金总额");
        sheet.Merge(header, 1, row, 1);
        void Put(int column, decimal? value, bool money = true)
        {
            if (value is { } v)
            {
                sheet.Set(row, column, money ? XlsxWriter.TenThousands(v) : Number(v), CellStyle.Body, isNumber: true);
            }
        }
        Put(3, budget?.Planned);
        Put(4, budget?.Adjusted);
        Put(5, budget?.Executed);
        Put(6, budget?.Points, money: false);
        if (budget?.ExecutionRate is { } rate)
        {
            sheet.Set(row, 7, Number(Math.Round(rate * 100, 2)) + "%", CellStyle.Body);
        }
        Put(8, budget?.Score, money: false);
    }

    private static void Goals(SheetWriter sheet, Fund fund)
    {
        var header = sheet.Row(CellStyle.Label, null, "年度总体目标", "预期目标", null, null, null, "实际完成情况");
        sheet.Merge(header, 2, header, 5);
        sheet.Merge(header, 6, header, 8);
        var row = sheet.Row(CellStyle.BodyLeft, null, null, string.Join("\n", fund.Goals.Select((g, i) => $"{i + 1}、{g}")));
        sheet.Merge(row, 2, row, 5);
        sheet.Merge(row, 6, row, 8);
        sheet.Merge(header, 1, row, 1);
    }

    private static void Indicators(SheetWriter sheet, Fund fund, int fundIndex, FundSelfEvaluation evaluation, RowIds ids)
    {
        var weights = fund.Indicators.Select((indicator, i) => evaluation.PointsOf(i, indicator)).ToArray();
        var points = fund.Indicators.Select((indicator, i) => (indicator.Level1, Points: weights[i])).GroupBy(x => x.Level1)
            .Where(g => g.All(x => x.Points is not null))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Points!.Value));
        for (var i = 0; i < fund.Indicators.Length; i++)
        {
            var indicator = fund.Indicators[i];
            var result = evaluation.ResultOf(i);
            var level1 = points.TryGetValue(indicator.Level1, out var p) && indicator.Level1.Length > 0 ? $"{indicator.Level1}({Number(p)}分)" : indicator.Level1;
            var row = sheet.Row(CellStyle.Body, ids.Of(fundIndex, i), level1, indicator.Level2, indicator.Name,
                indicator.Target.Text, result?.Actual ?? "", null, null, result?.Deviation ?? "");
            if (weights[i] is { } weight)
            {
                sheet.Set(row, 6, Number(weight), CellStyle.Body, isNumber: true);
            }
            if (result?.Score is { } score)
            {
                sheet.Set(row, 7, Number(score), CellStyle.Body, isNumber: true);
            }
        }
    }

    /// <summary>Without trailing zeros: 95.00 → 95.</summary>
    private static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
