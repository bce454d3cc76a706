using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Formats.Xlsx;
using Jixiao.Tests.Formats.Office;
using Jixiao.Web.Tests.Infrastructure;
using static Jixiao.Web.Tests.Api.WorkbookSteps;

namespace Jixiao.Web.Tests.Api;

/// <summary>
/// 导出清单: an exported workbook lists the indicators it was exported with in a hidden sheet, so an indicator a
/// colleague adds after the download is kept (and shown) when the edited workbook comes back, while a row the user
/// deleted still removes its indicator; a record changed or taken from another department's workbook is refused.
/// </summary>
public sealed class WorkbookExportRecordTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_indicator_a_colleague_added_after_the_export_is_kept_while_the_row_the_user_deleted_is_removed(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (at, url) = await SeedAsync(client);
        var xlsx = await ExportAsync(client, url);
        var fund = await RentFundAsync(client, url);
        var (adoption, petitions) = (Indicator(fund, 1), Indicator(fund, 2));
        var (added, colleagues) = await (await ClientAsync(kind)).SendAsync(HttpMethod.Post, $"{url}/funds/{fund["id"]}/indicators", ColleaguesIndicator);
        var before = await AllIndicatorsAsync(client, url);
        var edited = SheetEdits.Resave(SheetEdits.Edit(xlsx, RentSheet, rows =>
        {
            SheetEdits.SetText(SheetEdits.RowNamed(rows, "采纳率"), "F", "≥80优");
            SheetEdits.RowNamed(rows, "涉检信访案件办结率").Remove();
        }));

        var (status, preview) = await client.PostFileAsync(url + "/workbook", edited, "edited.xlsx");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (added, status));
        Assert.Equal([("changed", RowId(at, Id(adoption))), ("removed", RowId(at, Id(petitions)))],
            preview!["indicators"]!.AsArray().Select(c => ((string)c!["kind"]!, (string)c["rowId"]!)));
        var kept = Assert.Single(preview["kept"]!.AsArray())!;
        Assert.Equal(((string)fund["name"]!, RowId(at, Id(colleagues!)), "同事新增的指标", "≥3次"),
            ((string)kept["fund"]!, (string)kept["rowId"]!, (string)kept["name"]!, (string)kept["target"]!));
        var page = await client.Http.GetStringAsync($"/departments/{at.DepartmentId}/years/{at.Year}/workbook/{preview["id"]}", TestContext.Current.CancellationToken);
        Assert.Contains("导出后他人新增的指标，将保留（1）", page, StringComparison.Ordinal);
        Assert.Contains($"data-change=\"kept\" data-row=\"{RowId(at, Id(colleagues!))}\"", page, StringComparison.Ordinal);

        var (committed, _) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview["id"]}/commit", new { revision = (int)preview["revision"]! });

        Assert.Equal(HttpStatusCode.OK, committed);
        var after = await AllIndicatorsAsync(client, url);
        Assert.Equal(before.Keys.Where(id => id != Id(petitions)).Order(), after.Keys.Order());
        Assert.Equal([Id(adoption)], after.Keys.Where(id => Content(after[id]) != Content(before[id])));
        Assert.Equal("≥80优", (string)JsonNode.Parse(after[Id(adoption)])!["target"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_self_evaluation_workbook_keeps_an_indicator_added_after_its_export_and_removes_nothing(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (at, url) = await SeedAsync(client);
        var xlsx = await client.Http.GetByteArrayAsync(url + "/evaluation/export?format=xlsx", TestContext.Current.CancellationToken);
        var fund = await RentFundAsync(client, url);
        var (_, colleagues) = await (await ClientAsync(kind)).SendAsync(HttpMethod.Post, $"{url}/funds/{fund["id"]}/indicators", ColleaguesIndicator);

        var (status, preview) = await client.PostFileAsync(url + "/workbook", SheetEdits.Resave(xlsx), "自评表.xlsx");

        Assert.Equal([ExportRecord.SheetName], SheetEdits.HiddenSheets(xlsx));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Empty(preview!["indicators"]!.AsArray());
        Assert.True((bool)preview["isEmpty"]!);
        Assert.Equal([RowId(at, Id(colleagues!))], preview["kept"]!.AsArray().Select(k => (string)k!["rowId"]!));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_record_of_another_department_or_one_that_was_changed_is_refused_naming_the_sheet_and_cell(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (atA, urlA) = await SeedAsync(client);
        var (_, urlB) = await SeedAsync(client);
        var department = (string)(await client.GetAsync(urlB)).Body!["name"]!;
        var (a, b) = (await ExportAsync(client, urlA), await ExportAsync(client, urlB));
        var stored = await client.Http.GetStringAsync(urlB + "/export", TestContext.Current.CancellationToken);
        var idOfA = SheetEdits.RowIds(a, RentSheet)[0];
        var sheet = $"隐藏的工作表“{ExportRecord.SheetName}”";

        var cases = new (string Name, string Cell, string Text, string Says)[]
        {
            ("foreign.xlsx", "B3", idOfA, $"{sheet}记录了导出时表格中的指标，但单元格 B3 的行标识 {idOfA} 不是“{department}”{atA.Year}年导出时写入的"),
            ("typed.xlsx", "B2", "第一行", $"{sheet}记录了导出时表格中的指标，但单元格 B2 的行标识 第一行 不是"),
            ("repeated.xlsx", "B3", SheetEdits.Text(b, ExportRecord.SheetName, "B2")!, $"{sheet}记录了导出时表格中的指标，但单元格 B3 的行标识"),
            ("header.xlsx", "B1", "编号", $"{sheet}记录了导出时表格中的指标，但单元格 A1 处找不到表头“行标识”"),
        };
        foreach (var (name, cell, text, says) in cases)
        {
            var tampered = SheetEdits.Resave(SheetEdits.Edit(b, ExportRecord.SheetName, rows => SheetEdits.SetCell(rows, cell, text)));
            var (status, problem) = await client.PostFileAsync(urlB + "/workbook", tampered, name);
            Assert.True(HttpStatusCode.BadRequest == status, $"{name}: {status}");
            Assert.Equal("file", (string?)problem!["field"]);
            Assert.Contains(says, (string)problem["detail"]!, StringComparison.Ordinal);
        }
        Assert.Equal(stored, await client.Http.GetStringAsync(urlB + "/export", TestContext.Current.CancellationToken));
    }

    private static readonly object ColleaguesIndicator = new
    {
        level1 = "产出指标", level2 = "数量指标", name = "同事新增的指标", description = "导出后在网页上新增", target = "≥3次", basis = "计划标准", weight = 5, direction = "正向",
    };

    private static int Id(JsonNode indicator) => (int)indicator["id"]!;

    /// <summary>An indicator as the API shows it, without its position (a removed row moves the ones after it up).</summary>
    private static string Content(string json)
    {
        var indicator = JsonNode.Parse(json)!.AsObject();
        indicator.Remove("position");
        return indicator.ToJsonString();
    }
}
