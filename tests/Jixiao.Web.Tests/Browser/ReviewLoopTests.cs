using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The review loop in a real browser with three people: the department editor fixes what blocks submission and
/// submits; the finance reviewer returns it with an opinion on one indicator; the editor fixes that and resubmits;
/// the reviewer reads the redline and approves; the editor publishes; an anonymous visitor reads the public page.
/// Screenshots 9–12 in artifacts/screenshots.
/// </summary>
public sealed class ReviewLoopTests
{
    private const string Department = "某县人民检察院";

    [Fact]
    public async Task Editor_submits_reviewer_returns_editor_resubmits_reviewer_approves_public_sees_it()
    {
        await using var app = new JixiaoApp(DatabaseKind.Sqlite, null, demo: false, kestrel: true);
        var baseUrl = app.ServerAddress.ToString().TrimEnd('/');
        var adminPassword = await app.AddAsync("admin", UserRole.Administrator);
        using var admin = await app.SignedInClientAsync("admin", adminPassword);
        var at = await new ApiClient(admin).ImportSeedAsync(Department);
        await PlaceInRegionAsync(app, at.DepartmentId);
        var editorPassword = await app.AddAsync("jcy-editor", UserRole.DepartmentEditor, departmentId: at.DepartmentId);
        var reviewerPassword = await app.AddAsync("czj-reviewer", UserRole.FinanceReviewer, regionId: await RegionAsync(app));
        await using var session = await BrowserSession.StartAsync();
        var editor = await SignedInPageAsync(session, baseUrl, "jcy-editor", editorPassword);
        var reviewer = await SignedInPageAsync(session, baseUrl, "czj-reviewer", reviewerPassword);
        var workflow = $"{baseUrl}/departments/{at.DepartmentId}/years/{at.Year}/workflow";
        var department = $"{baseUrl}/departments/{at.DepartmentId}/years/{at.Year}";

        // The editor tries to submit; the checks' errors block it and say what to fix.
        await editor.GotoAsync(department);
        await editor.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^审核流程") }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(editor.Locator("ul.to-fix li")).ToHaveCountAsync(3);
        await BrowserSession.ScreenshotAsync(editor, "9-submit-blocked");
        await ReviseAsync(editor, department, "办案业务、办案设备及科技强检经费", "采纳率", "指标值", "≥70优 ≥60良 ≥50中 <50差");
        await ReviseAsync(editor, department, "办公用房租赁费", "保障各项检察工作", "指标值", "≥90优 ≥70良 ≥60中 <60差");
        await editor.GotoAsync(workflow);
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".workflow-state .badge").First).ToHaveTextAsync("已提交");

        // The reviewer returns it with an opinion on one indicator.
        await reviewer.GotoAsync(workflow);
        await reviewer.GetByLabel("对“案件流转率”的意见").FillAsync("请写明指标值确定依据");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".workflow-state .badge").First).ToHaveTextAsync("退回");

        // The editor sees the opinion on that indicator, fixes it and resubmits.
        await editor.GotoAsync(workflow);
        await Assertions.Expect(editor.Locator("li.opinion[data-indicator='案件流转率']")).ToContainTextAsync("请写明指标值确定依据");
        await BrowserSession.ScreenshotAsync(editor, "10-returned-with-opinion");
        await ReviseAsync(editor, department, "办案业务、办案设备及科技强检经费", "案件流转率", "指标值确定依据", "计划标准");
        await editor.GotoAsync(workflow);
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".workflow-state .badge").First).ToHaveTextAsync("已提交");

        // The reviewer reads the redline between the returned and the resubmitted version, and approves.
        await reviewer.GotoAsync(workflow);
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "修订对照：第 1 版 → 第 2 版" })).ToBeVisibleAsync();
        var change = reviewer.Locator("table.redline tr[data-indicator='案件流转率']");
        await Assertions.Expect(change).ToHaveCountAsync(1);
        await Assertions.Expect(change.Locator("ins")).ToHaveTextAsync("计划标准");
        await BrowserSession.ScreenshotAsync(reviewer, "11-redline");
        await reviewer.GetByLabel("审核等级").SelectOptionAsync("优");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "按所选等级审核" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".workflow-state .badge").First).ToHaveTextAsync("已审核");

        // The editor publishes; anyone can read it without signing in.
        await editor.GotoAsync(workflow);
        await editor.GetByRole(AriaRole.Button, new() { Name = "公开" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".workflow-state .badge").First).ToHaveTextAsync("已公开");
        var visitor = await session.Browser.NewPageAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1360, Height = 900 } });
        await visitor.GotoAsync($"{baseUrl}/public/{at.Year}/{at.DepartmentId}");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex(Department) }).First).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("计划标准").First).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(visitor, "12-public");
    }

    private static async Task<IPage> SignedInPageAsync(BrowserSession session, string baseUrl, string user, string password)
    {
        var context = await session.Browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1360, Height = 900 } });
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, baseUrl, user, password);
        return page;
    }

    /// <summary>Opens the fund from the department page, the indicator's editor from the fund, and saves one field.</summary>
    private static async Task ReviseAsync(IPage page, string department, string fund, string indicator, string field, string value)
    {
        await page.GotoAsync(department);
        await page.GetByRole(AriaRole.Link, new() { Name = fund }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"编辑指标“{indicator}”" }).ClickAsync();
        await page.GetByLabel(field, new() { Exact = true }).FillAsync(value);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
    }

    private static async Task PlaceInRegionAsync(JixiaoApp app, int departmentId)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var region = new StoredRegion("某县", "某县财政局");
        db.Regions.Add(region);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        (await db.Departments.SingleAsync(d => d.Id == departmentId, TestContext.Current.CancellationToken)).PlaceIn(region);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<int> RegionAsync(JixiaoApp app)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<JixiaoDb>().Regions.Where(r => r.Name == "某县").Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
