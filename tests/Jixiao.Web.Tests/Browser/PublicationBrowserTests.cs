using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;
using Jixiao.Web.Tests.Publication;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// 信息公开 in a real browser, without signing in: from the header link to the year, the department and its
/// published disclosure in the official layout. Screenshots of the list and the disclosure.
/// </summary>
public sealed class PublicationBrowserTests
{
    [Fact]
    public async Task A_reader_who_is_not_signed_in_finds_the_published_disclosure_from_the_header()
    {
        await using var app = new JixiaoApp(DatabaseKind.Sqlite, null, demo: false, kestrel: true);
        var password = await app.AddAsync("admin", UserRole.Administrator);
        using var http = await app.SignedInClientAsync("admin", password);
        var at = await new ApiClient(http).ImportSeedAsync("某县人民检察院");
        await new PublishingSteps(app, new Scope(at.DepartmentId, at.Year)).PublishAsync();
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 }, Locale = "zh-CN" });

        await page.GotoAsync(app.ServerAddress.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "公开信息" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"{at.Year}年（1个部门）" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "某县人民检察院" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "13-public-list");
        await page.GetByRole(AriaRole.Link, new() { Name = "某县人民检察院" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"某县人民检察院 {at.Year}年部门预算绩效信息" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "DOCX" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("本年度绩效自评尚未公开")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "14-public-disclosure");
    }
}
