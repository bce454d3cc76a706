using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;
using Jixiao.Tests.Formats.Office;
using Jixiao.Web.Tests.Infrastructure;
using static Jixiao.Web.Tests.Api.WorkbookSteps;

namespace Jixiao.Web.Tests.Api;

/// <summary>
/// 行标识 of stored indicators: a workbook comes back to exactly the indicators it was exported from, whatever
/// happened to the table in between; rows whose indicator was deleted are named in the preview and never applied;
/// rows of another department are refused; workbooks with the positional ids of older exports still import.
/// </summary>
public sealed class WorkbookRowIdTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task After_two_indicators_were_reordered_an_edited_row_changes_exactly_its_own_indicator(DatabaseKind kind)
    {
        var (client, at, url) = await SeedAsync(kind);
        var xlsx = await ExportAsync(client, url);
        var fund = await RentFundAsync(client, url);
        var ids = Ids(fund);
        var adoption = Indicator(fund, 1);
        var (reordered, _) = await client.SendAsync(HttpMethod.Put, $"{url}/funds/{fund["id"]}/indicators/order", new { order = new[] { ids[1], ids[0], ids[2] } });
        var before = await AllIndicatorsAsync(client, url);

        var (status, preview) = await client.PostFileAsync(url + "/workbook", WithCell(xlsx, RentSheet, "采纳率", "F", "≥80优"), "edited.xlsx");

        Assert.Equal(HttpStatusCode.OK, reordered);
        Assert.Equal(ids.Select(id => RowId(at, id)), SheetEdits.RowIds(xlsx, RentSheet).Distinct());
        Assert.Equal(HttpStatusCode.Created, status);
        var change = Assert.Single(preview!["indicators"]!.AsArray())!;
        Assert.Equal(("changed", RowId(at, ids[1]), "采纳率"), ((string)change["kind"]!, (string)change["rowId"]!, (string)change["name"]!));
        Assert.Equal([("target", "≥70优", "≥80优")], change["fields"]!.AsArray().Select(f => ((string)f!["field"]!, (string)f["before"]!, (string)f["after"]!)));
        Assert.Empty(preview["problems"]!.AsArray());
        Assert.Empty(preview["other"]!.AsArray());

        var (committed, _) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview["id"]}/commit", new { revision = (int)preview["revision"]! });

        Assert.Equal(HttpStatusCode.OK, committed);
        var after = await AllIndicatorsAsync(client, url);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal([ids[1]], after.Keys.Where(id => after[id] != before[id]));
        var revised = Indicator(await RentFundAsync(client, url), 0);
        Assert.Equal((ids[1], "≥80优", (int)adoption["version"]! + 1), ((int)revised["id"]!, (string)revised["target"]!, (int)revised["version"]!));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_row_whose_indicator_was_deleted_is_named_in_the_preview_and_confirming_neither_brings_it_back_nor_applies_it(DatabaseKind kind)
    {
        var (client, at, url) = await SeedAsync(kind);
        var xlsx = await ExportAsync(client, url);
        var fund = await RentFundAsync(client, url);
        var (adoption, petitions) = (Indicator(fund, 1), Indicator(fund, 2));
        var (deleted, _) = await client.SendAsync(HttpMethod.Delete, $"{url}/funds/{fund["id"]}/indicators/{adoption["id"]}?version={adoption["version"]}");
        var before = await AllIndicatorsAsync(client, url);
        var edited = WithCell(WithCell(xlsx, RentSheet, "采纳率", "F", "≥80优"), RentSheet, "涉检信访案件办结率", "F", "≥95优");
        var row = SheetEdits.Read(edited, RentSheet, rows => SheetEdits.RowNamed(rows, "采纳率").RowIndex!.Value);

        var (status, preview) = await client.PostFileAsync(url + "/workbook", edited, "edited.xlsx");

        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.Created, status);
        var problem = Assert.Single(preview!["problems"]!.AsArray())!;
        Assert.Equal((RentSheet, (int)row, "采纳率", RowId(at, (int)adoption["id"]!)),
            ((string)problem["sheet"]!, (int)problem["row"]!, (string)problem["name"]!, (string)problem["rowId"]!));
        Assert.Contains($"工作表“{RentSheet}”第 {row} 行的指标“采纳率”", (string)problem["message"]!, StringComparison.Ordinal);
        Assert.Contains("已被删除", (string)problem["message"]!, StringComparison.Ordinal);
        var change = Assert.Single(preview["indicators"]!.AsArray())!;
        Assert.Equal(("changed", RowId(at, (int)petitions["id"]!)), ((string)change["kind"]!, (string)change["rowId"]!));
        var page = await client.Http.GetStringAsync($"/departments/{at.DepartmentId}/years/{at.Year}/workbook/{preview["id"]}", TestContext.Current.CancellationToken);
        Assert.Contains("不会保存的行（1）", page, StringComparison.Ordinal);
        Assert.Contains("已不在本部门本年度的绩效目标中", page, StringComparison.Ordinal);

        var (committed, _) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview["id"]}/commit", new { revision = (int)preview["revision"]! });

        Assert.Equal(HttpStatusCode.OK, committed);
        var after = await AllIndicatorsAsync(client, url);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Equal([(int)petitions["id"]!], after.Keys.Where(id => after[id] != before[id]));
        Assert.DoesNotContain("≥80优", after.Values.Select(json => (string)JsonNode.Parse(json)!["target"]!));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_workbook_with_the_positional_ids_of_older_exports_still_imports_by_position(DatabaseKind kind)
    {
        var (client, _, url) = await SeedAsync(kind);
        var old = await OlderExportAsync(client, url);
        var adoption = Indicator(await RentFundAsync(client, url), 1);

        var (status, preview) = await client.PostFileAsync(url + "/workbook", SheetEdits.Edit(old, RentSheet, rows =>
            SheetEdits.SetText(SheetEdits.Row(rows, "F2-I2"), "F", "≥80优")), "old.xlsx");
        var (committed, _) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview!["id"]}/commit", new { revision = (int)preview["revision"]! });

        Assert.Equal(HttpStatusCode.Created, status);
        var change = Assert.Single(preview["indicators"]!.AsArray())!;
        Assert.Equal(("changed", "F2-I2", "采纳率"), ((string)change["kind"]!, (string)change["rowId"]!, (string)change["name"]!));
        Assert.Equal(HttpStatusCode.OK, committed);
        var revised = Indicator(await RentFundAsync(client, url), 1);
        Assert.Equal(((int)adoption["id"]!, "≥80优"), ((int)revised["id"]!, (string)revised["target"]!));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_older_positional_workbook_exported_before_a_row_was_deleted_is_flagged_in_the_preview(DatabaseKind kind)
    {
        var (client, _, url) = await SeedAsync(kind);
        var old = await OlderExportAsync(client, url);
        var fund = await RentFundAsync(client, url);
        var first = Indicator(fund, 0);
        var (deleted, _) = await client.SendAsync(HttpMethod.Delete, $"{url}/funds/{fund["id"]}/indicators/{first["id"]}?version={first["version"]}");

        var (status, preview) = await client.PostFileAsync(url + "/workbook", old, "old.xlsx");

        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Contains(preview!["notes"]!.AsArray(), n => ((string)n!).Contains("F2-I2 的指标“采纳率”", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Workbooks_and_rows_of_another_department_or_project_are_refused_and_nothing_is_written(DatabaseKind kind)
    {
        var (client, atA, urlA) = await SeedAsync(kind);
        var (_, atB, urlB) = await SeedAsync(kind);
        var departmentB = (await client.GetAsync(urlB)).Body!;
        var (a, b) = (await ExportAsync(client, urlA), await ExportAsync(client, urlB));
        var (storedA, storedB) = (await ExportJsonAsync(client, urlA), await ExportJsonAsync(client, urlB));
        var rowOfA = SheetEdits.Read(a, RentSheet, rows => SheetEdits.RowId(SheetEdits.RowNamed(rows, "采纳率")));
        var renamed = SheetEdits.Edit(a, "部门整体绩效目标", rows =>
            rows.Descendants<Cell>().Single(c => c.CellReference == "B3").InlineString!.Text!.Text = (string)departmentB["name"]!);
        var pasted = SheetEdits.Edit(b, RentSheet, rows =>
            SheetEdits.AddRow(rows, 40, ("A", rowOfA), ("B", "效果指标"), ("C", "社会效益指标"), ("D", "采纳率"), ("F", "≥80优")));
        var moved = SheetEdits.Edit(b, RentSheet, rows =>
            SheetEdits.AddRow(rows, 40, ("A", SheetEdits.RowIds(b, "1 ")[0]), ("B", "产出指标"), ("C", "数量指标"), ("D", "挪来的指标"), ("F", "≥1件")));
        var (firstFund, rentFund) = ((string)departmentB["funds"]![0]!["name"]!, (string)departmentB["funds"]![1]!["name"]!);

        var cases = new (string Name, byte[] Content, string Says)[]
        {
            ("a.xlsx", a, "不是本页"),
            ("renamed.xlsx", renamed, "来自另一个部门或年度导出的表格"),
            ("pasted.xlsx", pasted, $"工作表“{RentSheet}”第 40 行的指标“采纳率”（行标识 {rowOfA}）来自另一个部门或年度导出的表格"),
            ("moved.xlsx", moved, $"工作表“{RentSheet}”第 40 行的指标“挪来的指标”属于项目“{firstFund}”，却放在了项目“{rentFund}”的表中"),
        };
        foreach (var (name, content, says) in cases)
        {
            var (status, problem) = await client.PostFileAsync(urlB + "/workbook", content, name);
            Assert.True(HttpStatusCode.BadRequest == status, $"{name}: {status}");
            Assert.Equal("file", (string?)problem!["field"]);
            Assert.Contains(says, (string)problem["detail"]!, StringComparison.Ordinal);
        }
        Assert.NotEqual(atA, atB);
        Assert.Equal((storedA, storedB), (await ExportJsonAsync(client, urlA), await ExportJsonAsync(client, urlB)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_self_evaluation_workbook_carries_the_stored_ids_and_comes_back_to_the_same_indicators(DatabaseKind kind)
    {
        var (client, at, url) = await SeedAsync(kind);
        var fund = await RentFundAsync(client, url);
        var ids = Ids(fund);
        var (saved, _) = await client.SendAsync(HttpMethod.Put, $"{url}/funds/{fund["id"]}/actuals", new
        {
            budgetAnnual = "50万元", budgetExecuted = "48万元", indicators = new[] { new { indicatorId = ids[1], actual = "75%", reason = "" } },
        });
        var (reordered, _) = await client.SendAsync(HttpMethod.Put, $"{url}/funds/{fund["id"]}/indicators/order", new { order = new[] { ids[2], ids[1], ids[0] } });
        var xlsx = await client.Http.GetByteArrayAsync(url + "/evaluation/export?format=xlsx", TestContext.Current.CancellationToken);
        var before = await AllIndicatorsAsync(client, url);

        var (status, preview) = await client.PostFileAsync(url + "/workbook", WithCell(xlsx, RentSheet, "采纳率", "F", "≥80优"), "自评表.xlsx");
        var (committed, _) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview!["id"]}/commit", new { revision = (int)preview["revision"]! });

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.OK), (saved, reordered));
        Assert.Equal(new[] { ids[2], ids[1], ids[0] }.Select(id => RowId(at, id)), SheetEdits.RowIds(xlsx, "自评2"));
        Assert.Equal(HttpStatusCode.Created, status);
        var change = Assert.Single(preview["indicators"]!.AsArray())!;
        Assert.Equal(("changed", RowId(at, ids[1])), ((string)change["kind"]!, (string)change["rowId"]!));
        Assert.Equal(HttpStatusCode.OK, committed);
        var after = await AllIndicatorsAsync(client, url);
        Assert.Equal([ids[1]], after.Keys.Where(id => after[id] != before[id]));
        var again = await client.Http.GetByteArrayAsync(url + "/evaluation/export?format=xlsx", TestContext.Current.CancellationToken);
        var evaluation = OfficeReader.Read(again, new DisclosureReadOptions("自评表.xlsx")).Evaluation!.For((string)fund["name"]!)!;
        Assert.Equal("75%", evaluation.ResultOf(1)!.Actual);
    }

    private async Task<(ApiClient Client, (int DepartmentId, int Year) At, string Url)> SeedAsync(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        return (client, at, ApiClient.GoalSetUrl(at));
    }

    private static Task<string> ExportJsonAsync(ApiClient client, string url) =>
        client.Http.GetStringAsync(url + "/export", TestContext.Current.CancellationToken);

    /// <summary>The workbook the app exported before 行标识 were stable: the same goals with positional ids (F2-I3).</summary>
    private static async Task<byte[]> OlderExportAsync(ApiClient client, string url)
    {
        var json = await client.Http.GetByteArrayAsync(url + "/export", TestContext.Current.CancellationToken);
        var xlsx = XlsxWriter.Write(CanonicalJson.Read(json, "goals.json").GoalSet!);
        Assert.Equal("F2-I1", SheetEdits.RowIds(xlsx, RentSheet)[0]);
        return xlsx;
    }
}
