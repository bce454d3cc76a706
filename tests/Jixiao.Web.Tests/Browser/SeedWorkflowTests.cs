using System.Text.RegularExpressions;
using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The browser walk-through on a real browser and the real app on a loopback port: import the seed
/// through the upload page, see its 6 indicators and the overlap finding on 采纳率, fix the ladder step and
/// see the finding disappear, reload and see it saved. Screenshots of the main pages go to artifacts/screenshots.
/// </summary>
public sealed partial class SeedWorkflowTests
{
    private const string Department = "某县人民检察院";

    [Fact]
    public async Task Import_the_seed_fix_the_overlapping_ladder_step_and_find_it_saved()
    {
        await using var app = new JixiaoApp(DatabaseKind.Sqlite, null, demo: false, kestrel: true);
        var baseUrl = app.ServerAddress.ToString().TrimEnd('/');
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 }, Locale = "zh-CN" });

        var password = await app.AddAsync("admin", UserRole.Administrator);

        await page.GotoAsync(baseUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "预算绩效总览" })).ToBeVisibleAsync();
        await page.GotoAsync(baseUrl + "/import");
        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(ApiClient.SeedPath);
        await page.GetByLabel("部门名称").FillAsync(Department);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "导入预览" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("2 项专项资金，6 个绩效指标")).ToBeVisibleAsync();
        var overlap = page.Locator("li.finding[data-indicator='采纳率']", new() { HasText = "ladder-overlap" });
        await Assertions.Expect(overlap).ToContainTextAsync("≥60中");
        await Assertions.Expect(overlap).ToContainTextAsync("重叠");
        await BrowserSession.ScreenshotAsync(page, "1-import-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Department })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "2-department");
        await page.GetByRole(AriaRole.Link, new() { Name = "办案业务、办案设备及科技强检经费" }).ClickAsync();
        var adoption = page.Locator("tr[data-indicator='采纳率']");
        await Assertions.Expect(page.Locator("#indicators tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(adoption.Locator("li.finding[data-rule='ladder-overlap']")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "3-fund-with-findings");

        await adoption.GetByRole(AriaRole.Link, new() { Name = "编辑指标“采纳率”" }).ClickAsync();
        var target = page.GetByLabel("指标值", new() { Exact = true });
        await Assertions.Expect(target).ToHaveValueAsync("≥70优 ≥60良 ≥60中");
        await target.FillAsync("≥70优 ≥60良 ≥50中 <50差");
        var hint = page.Locator("#target-hint");
        await Assertions.Expect(hint.Locator(".badge")).ToHaveCountAsync(4);
        await Assertions.Expect(hint.Locator(".problem")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(page, "4-edit-with-live-hint");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        await Assertions.Expect(adoption.Locator("li.finding[data-rule='ladder-overlap']")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(adoption.Locator(".badge")).ToHaveCountAsync(4);
        await Assertions.Expect(adoption.Locator(".badge.grade-poor")).ToContainTextAsync("< 50");
        await BrowserSession.ScreenshotAsync(page, "5-fund-after-fix");

        var names = page.Locator("#indicators tbody tr th[scope='row']");
        await page.GetByRole(AriaRole.Button, new() { Name = "将“采纳率”下移" }).ClickAsync();
        await Assertions.Expect(names).ToHaveTextAsync(["案件流转率", "涉检信访案件办结率", "采纳率"]);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "删除指标“涉检信访案件办结率”" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已删除");
        await Assertions.Expect(names).ToHaveTextAsync(["案件流转率", "采纳率"]);

        var fundUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "绩效自评" }).ClickAsync();
        await page.GetByLabel("“案件流转率”的实际完成值").FillAsync("98%");
        await page.GetByLabel("全年预算数").FillAsync("120万元");
        await page.GetByLabel("全年执行数").FillAsync("114万元");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存并重新计分" }).ClickAsync();
        var flow = page.Locator("#evaluation tr[data-indicator='案件流转率']");
        await Assertions.Expect(flow.Locator(".grade")).ToHaveTextAsync("优");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("“案件流转率”的实际完成值")).ToHaveValueAsync("98%");
        await Assertions.Expect(flow.Locator(".grade")).ToHaveTextAsync("优");
        await Assertions.Expect(page.Locator("#total")).ToContainTextAsync("总分");
        await BrowserSession.ScreenshotAsync(page, "6-self-evaluation");

        await page.GotoAsync(baseUrl + "/?year=2020");
        var overviewRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Department });
        await Assertions.Expect(overviewRow.Locator(".badge[class*='grade-']")).ToHaveCountAsync(1);
        await BrowserSession.ScreenshotAsync(page, "0-overview");

        await page.GotoAsync(fundUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Indicator table" })).ToBeVisibleAsync();
        await page.GotoAsync(page.Url.Split("/funds/")[0] + "/print");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("2020年部门预算绩效信息") })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "7-print");
    }
}
