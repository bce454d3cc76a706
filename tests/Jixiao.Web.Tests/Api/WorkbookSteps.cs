using System.Text.Json.Nodes;
using Jixiao.Tests.Formats.Office;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>What the edited-workbook tests do and look at: the seed's rent fund, exports, 行标识 and a user's edits.</summary>
internal static class WorkbookSteps
{
    /// <summary>The sheet of the seed's second fund, 办公用房租赁费 (sheet names start with the fund's number).</summary>
    public const string RentSheet = "2 办公用房租赁费";

    /// <summary>The seed imported as a new department: where it is and its goal set's API address.</summary>
    public static async Task<((int DepartmentId, int Year) At, string Url)> SeedAsync(ApiClient client)
    {
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        return (at, ApiClient.GoalSetUrl(at));
    }

    public static Task<byte[]> ExportAsync(ApiClient client, string url) =>
        client.Http.GetByteArrayAsync(url + "/export?format=xlsx", TestContext.Current.CancellationToken);

    /// <summary>The 行标识 the app writes for a stored indicator: department, year and the indicator's id.</summary>
    public static string RowId((int DepartmentId, int Year) at, int indicatorId) => $"D{at.DepartmentId}-Y{at.Year}-I{indicatorId}";

    /// <summary>The seed's second fund (办公用房租赁费) with its indicator table.</summary>
    public static async Task<JsonNode> RentFundAsync(ApiClient client, string url)
    {
        var (_, goalSet) = await client.GetAsync(url);
        var (_, fund) = await client.GetAsync($"{url}/funds/{goalSet!["funds"]![1]!["id"]}");
        return fund!;
    }

    /// <summary>Every indicator of every fund as the API shows it (content, position, version), by id.</summary>
    public static async Task<Dictionary<int, string>> AllIndicatorsAsync(ApiClient client, string url)
    {
        var (_, goalSet) = await client.GetAsync(url);
        var all = new Dictionary<int, string>();
        foreach (var fund in goalSet!["funds"]!.AsArray())
        {
            var (_, table) = await client.GetAsync($"{url}/funds/{fund!["id"]}");
            foreach (var indicator in table!["indicators"]!.AsArray())
            {
                all[(int)indicator!["id"]!] = indicator.ToJsonString();
            }
        }
        return all;
    }

    public static JsonNode Indicator(JsonNode fund, int index) => fund["indicators"]![index]!;

    public static List<int> Ids(JsonNode fund) => [.. fund["indicators"]!.AsArray().Select(i => (int)i!["id"]!)];

    /// <summary>The user's edits in 2 办公用房租赁费: 采纳率 renamed with a new target, 涉检信访案件办结率 deleted, 租赁面积 added below.</summary>
    public static byte[] Edited(byte[] xlsx) => SheetEdits.Edit(xlsx, RentSheet, rows =>
    {
        var adoption = SheetEdits.RowNamed(rows, "采纳率");
        SheetEdits.SetText(adoption, "D", "建议采纳率");
        SheetEdits.SetText(adoption, "F", "≥80优");
        SheetEdits.RowNamed(rows, "涉检信访案件办结率").Remove();
        SheetEdits.AddRow(rows, 40, ("B", "产出指标"), ("C", "数量指标"), ("D", "租赁面积"), ("E", "办公用房租赁面积"), ("F", "≥1200平方米"), ("G", "计划标准"));
    });

    /// <summary>The workbook with one cell of the row of an indicator (by its 三级指标) changed.</summary>
    public static byte[] WithCell(byte[] xlsx, string sheet, string indicator, string column, string text) =>
        SheetEdits.Edit(xlsx, sheet, rows => SheetEdits.SetText(SheetEdits.RowNamed(rows, indicator), column, text));
}
