using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// 系统管理 in a real browser: the demo administrator opens it from the header, adds a department editor, reads the
/// one-time password, and the new user signs in with it. Screenshots 15–19 in artifacts/screenshots.
/// </summary>
public sealed class AdministrationBrowserTests
{
    [Fact]
    public async Task The_demo_administrator_adds_an_editor_whose_one_time_password_signs_in()
    {
        await using var app = new JixiaoApp(DatabaseKind.Sqlite, null, demo: true, kestrel: true);
        var baseUrl = app.ServerAddress.ToString().TrimEnd('/');
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 }, Locale = "zh-CN" });

        await page.GotoAsync(baseUrl + "/account/sign-in");
        await page.GetByRole(AriaRole.Row, new() { Name = "demo-admin" }).GetByRole(AriaRole.Button, new() { Name = "以此身份登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "系统管理" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "用户管理" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "demo-reviewer" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "15-admin-users");

        await page.GetByRole(AriaRole.Link, new() { Name = "新增用户" }).ClickAsync();
        await page.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = "部门填报" });
        await page.GetByRole(AriaRole.Button, new() { Name = "创建用户" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.UserName']")).ToHaveTextAsync("请填写用户名。");
        await BrowserSession.ScreenshotAsync(page, "16-admin-new-user-refused");
        await page.GetByLabel("用户名").FillAsync("jcy-tianbao");
        await page.GetByLabel("姓名").FillAsync("王填报");
        await page.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = "部门填报" });
        await page.GetByLabel("所属部门（部门填报、部门查看）").FillAsync("某县人民检察院");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建用户" }).ClickAsync();
        var password = (await page.Locator("#one-time-password").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Za-z0-9_-]{20}$", password);
        await BrowserSession.ScreenshotAsync(page, "17-admin-one-time-password");
        await page.GetByRole(AriaRole.Link, new() { Name = "管理该用户" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "用户 jcy-tianbao" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#one-time-password")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(page, "18-admin-user");

        await page.GetByRole(AriaRole.Link, new() { Name = "区划管理" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "某县财政局", Exact = true })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "19-admin-regions");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await BrowserSession.SignInAsync(page, baseUrl, "jcy-tianbao", password);
        await Assertions.Expect(page.GetByText("王填报 · 部门填报")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "系统管理" })).ToHaveCountAsync(0);
    }
}
