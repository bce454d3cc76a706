using System.Text.RegularExpressions;

namespace Jixiao.Evaluation.Actuals;

/// <summary>The figures of a fund's money that an actuals file can carry (项目资金 of the 自评表).</summary>
public enum BudgetItem
{
    /// <summary>年初预算数.</summary>
    Initial,
    /// <summary>全年预算数 (some provinces: 调整后预算数).</summary>
    Annual,
    /// <summary>全年执行数 (预算执行数).</summary>
    Executed,
    /// <summary>预算执行率, stated directly.</summary>
    Rate,
}

/// <summary>
/// Recognises the rows of an actuals file that carry money rather than an indicator: their indicator
/// cell is 年初预算数, 全年预算数, 全年执行数 or 预算执行率, optionally with the unit (<c>全年预算数（万元）</c>).
/// </summary>
public static partial class BudgetRows
{
    public const string Initial = "年初预算数";
    public const string Annual = "全年预算数";
    public const string Executed = "全年执行数";
    public const string Rate = "预算执行率";

    [GeneratedRegex(@"^(?<name>年初预算数|年初预算|全年预算数|调整后预算数|全年执行数|预算执行数|预算执行率|执行率|initial-budget|annual-budget|executed|execution-rate)\s*(?:[（(](?<unit>万元|元|%)[)）])?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool TryRead(string indicator, out BudgetItem item, out string? unit)
    {
        item = default;
        unit = null;
        var match = Pattern().Match(indicator.Trim());
        if (!match.Success)
        {
            return false;
        }
        unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
        item = match.Groups["name"].Value.ToLowerInvariant() switch
        {
            "年初预算数" or "年初预算" or "initial-budget" => BudgetItem.Initial,
            "全年预算数" or "调整后预算数" or "annual-budget" => BudgetItem.Annual,
            "全年执行数" or "预算执行数" or "executed" => BudgetItem.Executed,
            _ => BudgetItem.Rate,
        };
        return true;
    }

    public static string ChineseName(this BudgetItem item) => item switch
    {
        BudgetItem.Initial => Initial,
        BudgetItem.Annual => Annual,
        BudgetItem.Executed => Executed,
        BudgetItem.Rate => Rate,
    };
}
