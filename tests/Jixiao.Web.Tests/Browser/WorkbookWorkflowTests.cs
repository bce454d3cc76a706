using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Api;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// 上传修改后的表格 in a real browser: from the department page, upload a workbook edited in a spreadsheet,
/// read the preview of what changes, confirm, and find the change saved. Screenshot of the preview.
/// </summary>
public sealed class WorkbookWorkflowTests
{
    [Fact]
    public async Task Upload_an_edited_workbook_read_the_preview_and_confirm()
    {
        await using var app = new JixiaoApp(DatabaseKind.Sqlite, null, demo: false, kestrel: true);
        var password = await app.AddAsync("admin", UserRole.Administrator);
        using var http = await app.SignedInClientAsync("admin", password);
        var api = new ApiClient(http);
        var url = ApiClient.GoalSetUrl(await api.ImportSeedAsync("某县人民检察院"));
        var file = Path.Combine(Directory.CreateTempSubdirectory("jixiao-workbook-").FullName, "绩效目标-修改.xlsx");
        await File.WriteAllBytesAsync(file, WorkbookSteps.Edited(await http.GetByteArrayAsync(url + "/export?format=xlsx", TestContext.Current.CancellationToken)),
            TestContext.Current.CancellationToken);
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 }, Locale = "zh-CN" });

        await BrowserSession.SignInAsync(page, app.ServerAddress.ToString(), "admin", password);
        await page.GotoAsync(new Uri(app.ServerAddress, url.Replace("/api/v1", "", StringComparison.Ordinal)).ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "上传修改后的表格" }).ClickAsync();
        await page.GetByLabel("修改后的 Excel 表格（.xlsx）").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "修改预览" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("新增 1 个指标，修改 1 个，删除 1 个")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "8-workbook-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认修改" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存到原有指标");
        await page.GetByRole(AriaRole.Link, new() { Name = "办公用房租赁费" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "编辑指标“建议采纳率”" })).ToBeVisibleAsync();
    }
}
