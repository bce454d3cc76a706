using System.Net;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Formats.Office;
using Jixiao.Tests.Formats.Office;
using Jixiao.Web.Tests.Infrastructure;
using static Jixiao.Web.Tests.Api.WorkbookSteps;

namespace Jixiao.Web.Tests.Api;

/// <summary>
/// 上传修改后的表格: an exported workbook edited in a spreadsheet comes back to the same stored indicators,
/// through a preview of what is added, changed and removed; stale previews and bad workbooks are refused.
/// </summary>
public sealed class WorkbookTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_edited_workbook_previews_its_changes_and_commit_updates_the_same_indicators(DatabaseKind kind)
    {
        var (client, url, at) = await SeedAsync(kind);
        var before = await RentFundAsync(client, url);
        var edited = Edited(await ExportAsync(client, url));
        var (first, adoption, removed) = (Indicator(before, 0), Indicator(before, 1), Indicator(before, 2));

        var (status, preview) = await client.PostFileAsync(url + "/workbook", edited, "edited.xlsx");

        Assert.Equal(HttpStatusCode.Created, status);
        var changes = preview!["indicators"]!.AsArray();
        Assert.Equal(["changed", "added", "removed"], changes.Select(c => (string)c!["kind"]!));
        Assert.Equal(RowId(at, (int)adoption["id"]!), (string)changes[0]!["rowId"]!);
        Assert.Equal([("name", "采纳率", "建议采纳率"), ("target", "≥70优", "≥80优")],
            changes[0]!["fields"]!.AsArray().Select(f => ((string)f!["field"]!, (string)f["before"]!, (string)f["after"]!)));
        Assert.Equal(("租赁面积", "≥1200平方米"), ((string)changes[1]!["name"]!, (string)changes[1]!["target"]!));
        Assert.Equal((RowId(at, (int)removed["id"]!), "涉检信访案件办结率"), ((string)changes[2]!["rowId"]!, (string)changes[2]!["name"]!));
        Assert.Empty(preview["other"]!.AsArray());
        Assert.Equal(Ids(before), Ids(await RentFundAsync(client, url)));

        var (committed, result) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview["id"]}/commit", new { revision = (int)preview["revision"]! });

        Assert.Equal(HttpStatusCode.OK, committed);
        Assert.True((int)result!["revision"]! > (int)preview["revision"]!);
        var after = await RentFundAsync(client, url);
        Assert.Equal(((int)first["id"]!, (int)first["version"]!), ((int)Indicator(after, 0)["id"]!, (int)Indicator(after, 0)["version"]!));
        var revised = Indicator(after, 1);
        Assert.Equal(((int)adoption["id"]!, (int)adoption["version"]! + 1, "建议采纳率", "≥80优"),
            ((int)revised["id"]!, (int)revised["version"]!, (string)revised["name"]!, (string)revised["target"]!));
        Assert.DoesNotContain((int)removed["id"]!, Ids(after));
        Assert.Equal("租赁面积", (string)Indicator(after, 2)["name"]!);
        var expected = OfficeReader.Read(edited, new DisclosureReadOptions("edited.xlsx")).Result.GoalSet!;
        Assert.Equal(CanonicalJson.SerializeToString(expected), await client.Http.GetStringAsync(url + "/export", TestContext.Current.CancellationToken));
        var (again, _) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview["id"]}/commit", new { revision = (int)result["revision"]! });
        Assert.Equal(HttpStatusCode.NotFound, again);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unedited_workbooks_with_or_without_self_evaluation_sheets_change_nothing(DatabaseKind kind)
    {
        var (client, url, _) = await SeedAsync(kind);
        var withEvaluation = await client.Http.GetByteArrayAsync(url + "/evaluation/export?format=xlsx", TestContext.Current.CancellationToken);

        foreach (var workbook in new[] { await ExportAsync(client, url), withEvaluation })
        {
            var (status, preview) = await client.PostFileAsync(url + "/workbook", workbook, "unchanged.xlsx");
            Assert.Equal(HttpStatusCode.Created, status);
            Assert.Equal((0, 0), (preview!["indicators"]!.AsArray().Count, preview["other"]!.AsArray().Count));
            Assert.True((bool)preview["isEmpty"]!);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_preview_made_stale_by_another_change_is_refused_and_nothing_is_applied(DatabaseKind kind)
    {
        var (client, url, _) = await SeedAsync(kind);
        var (_, preview) = await client.PostFileAsync(url + "/workbook", Edited(await ExportAsync(client, url)), "edited.xlsx");
        await client.SendAsync(HttpMethod.Put, url + "/goals", new { goals = new[] { "同事刚改过的总体目标" }, subGoals = Array.Empty<string>(), safeguards = Array.Empty<string>() });
        var stored = await client.Http.GetStringAsync(url + "/export", TestContext.Current.CancellationToken);

        var (status, problem) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview!["id"]}/commit", new { revision = (int)preview["revision"]! });
        var (missing, missingProblem) = await client.SendAsync(HttpMethod.Post, $"{url}/workbook/{preview["id"]}/commit", new { });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("已被修改", (string)problem!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(stored, await client.Http.GetStringAsync(url + "/export", TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal("revision", (string)missingProblem!["field"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_workbooks_are_refused_with_the_reason_and_nothing_is_written(DatabaseKind kind)
    {
        var (client, url, _) = await SeedAsync(kind);
        var (_, otherUrl, _) = await SeedAsync(kind);
        var xlsx = await ExportAsync(client, url);
        var stored = await client.Http.GetStringAsync(url + "/export", TestContext.Current.CancellationToken);
        var big = new byte[3 * 1024 * 1024];
        var otherYear = SheetEdits.Edit(xlsx, "部门整体绩效目标", rows =>
            rows.Elements<Row>().SelectMany(r => r.Elements<Cell>()).Single(c => c.CellReference == "B2").CellValue = new CellValue("2021"));
        var noHeader = SheetEdits.NewWorkbook("备注", ("A", "这只是一张备注表"), ("B", "没有任何指标"));

        var cases = new (string Name, byte[] Content, HttpStatusCode Status, string Says)[]
        {
            ("seed.txt", await File.ReadAllBytesAsync(ApiClient.SeedPath, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, ".xlsx"),
            ("big.xlsx", big, HttpStatusCode.RequestEntityTooLarge, ""),
            ("notzip.xlsx", "不是表格"u8.ToArray(), HttpStatusCode.BadRequest, "zip"),
            ("other.xlsx", await ExportAsync(client, otherUrl), HttpStatusCode.BadRequest, "不是本页"),
            ("year.xlsx", otherYear, HttpStatusCode.BadRequest, "2021年"),
            ("blank.xlsx", noHeader, HttpStatusCode.BadRequest, "找不到绩效目标"),
        };
        foreach (var (name, content, expected, says) in cases)
        {
            var (status, problem) = await client.PostFileAsync(url + "/workbook", content, name);
            Assert.True(expected == status, $"{name}: {status}");
            Assert.Equal("file", (string?)problem!["field"]);
            Assert.Contains(says, (string)problem["detail"]!, StringComparison.Ordinal);
        }
        Assert.Equal(stored, await client.Http.GetStringAsync(url + "/export", TestContext.Current.CancellationToken));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_pages_lead_from_the_department_to_the_preview_and_confirm_applies_the_changes(DatabaseKind kind)
    {
        var (client, url, _) = await SeedAsync(kind);
        var page = url.Replace("/api/v1", "", StringComparison.Ordinal);
        var ct = TestContext.Current.CancellationToken;
        var department = await client.Http.GetStringAsync(page, ct);
        Assert.Contains($"href=\"{page}/workbook\"", department, StringComparison.Ordinal);
        Assert.Contains("上传修改后的表格", department, StringComparison.Ordinal);

        using var upload = new MultipartFormDataContent
        {
            { new StringContent(PageForms.Token(await client.Http.GetStringAsync(page + "/workbook", ct))), "__RequestVerificationToken" },
            { new ByteArrayContent(Edited(await ExportAsync(client, url))), "file", "edited.xlsx" },
        };
        using var uploaded = await client.Http.PostAsync(page + "/workbook", upload, ct);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var previewUrl = uploaded.Headers.Location!.OriginalString;
        var preview = await client.Http.GetStringAsync(previewUrl, ct);
        Assert.Contains("新增 1 个指标，修改 1 个，删除 1 个", preview, StringComparison.Ordinal);
        Assert.Contains("<del>采纳率</del>", preview, StringComparison.Ordinal);
        Assert.Contains("<ins>建议采纳率</ins>", preview, StringComparison.Ordinal);

        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PageForms.Token(preview), ["revision"] = PageForms.Hidden(preview, "revision"),
        });
        using var confirmed = await client.Http.PostAsync(previewUrl + "?handler=Commit", confirm, ct);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(page, confirmed.Headers.Location!.OriginalString);
        Assert.Contains("表格中的修改已保存到原有指标。", await client.Http.GetStringAsync(page, ct), StringComparison.Ordinal);
        Assert.Contains(await RentFundAsync(client, url) is var fund ? fund["indicators"]!.AsArray() : [], i => (string)i!["name"]! == "建议采纳率");
    }

    private async Task<(ApiClient Client, string Url, (int DepartmentId, int Year) At)> SeedAsync(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        return (client, ApiClient.GoalSetUrl(at), at);
    }
}
