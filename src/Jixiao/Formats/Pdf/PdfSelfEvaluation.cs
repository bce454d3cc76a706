using System.Globalization;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Formats.Pdf;

/// <summary>The 项目支出绩效自评表 pages: one block per evaluated fund, each starting on a new page.</summary>
internal static class PdfSelfEvaluation
{
    public static void Draw(PdfCanvas canvas, GoalSet goals, SelfEvaluationSheet evaluation)
    {
        var first = true;
        var table = PdfCanvas.Font(10.5);
        var bold = PdfCanvas.Font(10.5, bold: true);
        foreach (var fund in goals.Funds)
        {
            if (evaluation.For(fund.Name) is not { } result)
            {
                continue;
            }
            if (!first)
            {
                canvas.NewPage();
            }
            first = false;
            canvas.Paragraph("项目支出绩效自评表", PdfCanvas.Font(22, bold: true), 36, centre: true);
            canvas.Paragraph($"（{goals.Year}年度）", PdfCanvas.Font(14), 22, centre: true, spaceAfter: 8);
            PdfTableDrawer.Draw(canvas, new PdfTable(["项目名称", "主管部门"], [[fund.Name, goals.Department.Name]], null, [1, 1]), table, bold, 14);
            PdfTableDrawer.Draw(canvas, Budget(result.Budget), table, bold, 14);
            PdfTableDrawer.Draw(canvas, new PdfTable(["年度总体目标"], [[string.Join("\n", fund.Goals.Select((g, i) => $"{i + 1}、{g}"))]], null, [1], [0]), table, bold, 14);
            PdfTableDrawer.Draw(canvas, Indicators(fund, result), table, bold, 14);
            var total = Plain(result.TotalScore);
            PdfTableDrawer.Draw(canvas, new PdfTable(["总分", "评价等级"], [[total, result.Grade ?? ""]], null, [1, 1]), table, bold, 14);
        }
    }

    /// <summary>A number without trailing zeros (scores come rounded to the policy's decimals: 24.00 → 24).</summary>
    private static string Plain(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "";

    private static PdfTable Budget(BudgetExecution? budget)
    {
        static string Wan(decimal? yuan) => yuan is { } v ? (v / 10000m).ToString(CultureInfo.InvariantCulture) : "";
        var rate = budget?.ExecutionRate is { } r ? Plain(Math.Round(r * 100, 2)) + "%" : "";
        return new PdfTable(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [["年度资金总额", Wan(budget?.Planned), Wan(budget?.Adjusted), Wan(budget?.Executed), Plain(budget?.Points), rate, Plain(budget?.Score)]],
            null, [1.6, 1, 1, 1, 0.7, 0.8, 0.7]);
    }

    private static PdfTable Indicators(Fund fund, FundSelfEvaluation result)
    {
        var rows = fund.Indicators.Select((indicator, i) =>
        {
            var r = result.ResultOf(i);
            return new[]
            {
                indicator.Level1, indicator.Level2, indicator.Name, indicator.Target.Text, r?.Actual ?? "",
                Plain(result.PointsOf(i, indicator)), Plain(r?.Score), r?.Deviation ?? "",
            };
        }).ToList();
        return new PdfTable(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            rows, DisclosureTable.RowSpans(rows, [.. Enumerable.Range(0, rows.Count)], 8), [1, 1.1, 1.3, 1.3, 1.1, 0.8, 0.8, 1.6], [7]);
    }
}
