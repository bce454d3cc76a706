using Jixiao.Data.Accounts;
using Jixiao.Data.Demo;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// 区划汇总 in a real browser, on SQLite and PostgreSQL: a provincial reviewer opens the region page from the header
/// (the charts drawn by ECharts from the tables beside them, no script refused by the CSP), follows a figure to its list,
/// sorts it, exports it to XLSX, and opens a 市 from the side-by-side table. Screenshots at desktop and phone width
/// (30–35 in artifacts/screenshots).
/// </summary>
public sealed class RegionBrowserTests(TestApps apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_provincial_reviewer_reads_the_region_page_follows_a_figure_to_its_list_and_exports_it(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await apps.PostgresAsync() : null, demo: false, kestrel: true);
        IReadOnlyList<Jixiao.Data.Persistence.StoredRegion> regions;
        await using (var scope = app.CreateScope())
        {
            regions = await scope.ServiceProvider.GetRequiredService<DemoProvince>().AddAsync(new ProvinceOptions("滇", "53", Departments: 40, Seed: 7), TestContext.Current.CancellationToken);
        }
        var password = await app.AddAsync("sheng-czt", UserRole.FinanceReviewer, null, regions[0].Id, true);
        var baseUrl = app.ServerAddress.ToString().TrimEnd('/');
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1360, Height = 900 }, Locale = "zh-CN" });
        var refused = new List<string>();
        // A script or style the CSP refuses is a console error; a missing file is a response (the browser's own favicon request aside).
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                refused.Add($"{response.Status} {response.Url}");
            }
        };
        await BrowserSession.SignInAsync(page, baseUrl, "sheng-czt", password);

        await page.GetByRole(AriaRole.Link, new() { Name = "区划汇总" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "滇省 2024年度绩效汇总" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".chart svg")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("table.figures tbody tr").First).ToContainTextAsync("40");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "绩效运行监控" })).ToContainTextAsync("监控功能上线后");
        Assert.True(refused.Count == 0, "console errors: " + string.Join(" / ", refused));
        await BrowserSession.ScreenshotAsync(page, $"30-region-province-{kind}");

        // 已提交 of the goals: the list behind the figure holds exactly that many.
        var submitted = page.GetByRole(AriaRole.Row, new() { Name = "绩效目标" }).GetByRole(AriaRole.Cell).Nth(2).GetByRole(AriaRole.Link);
        var count = int.Parse((await submitted.TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        await submitted.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "滇省 2024年度单位名单" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.grid tbody tr")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("table.grid caption")).ToContainTextAsync($"共 {count} 个单位");
        await page.GetByRole(AriaRole.Link, new() { Name = "年度资金总额（万元）" }).ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort=ascending]")).ToContainTextAsync("年度资金总额");
        await BrowserSession.ScreenshotAsync(page, $"31-region-list-{kind}");
        var export = await page.Context.APIRequest.GetAsync(baseUrl + await page.GetByRole(AriaRole.Link, new() { Name = "导出 XLSX" }).GetAttributeAsync("href") ?? "");
        Assert.Equal(200, export.Status);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await export.BodyAsync())[..2]));

        await page.GotoAsync(baseUrl + "/regions/" + regions[0].Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "滇东市", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "滇东市 2024年度绩效汇总" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "上级区划" })).ToContainTextAsync("滇省");
        await BrowserSession.ScreenshotAsync(page, $"32-region-city-{kind}");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(baseUrl + "/regions/" + regions[0].Id);
        await Assertions.Expect(page.Locator(".chart svg")).ToHaveCountAsync(4);
        await BrowserSession.ScreenshotAsync(page, $"33-region-province-phone-{kind}");
        // Wide tables scroll inside their box; the page itself does not scroll sideways.
        var width = await page.EvaluateAsync<int>("document.querySelector('main').scrollWidth");
        Assert.True(width <= 390, $"the region page is {width}px wide at 390px");
        await page.GotoAsync(baseUrl + "/regions/" + regions[0].Id + "/departments?year=2024");
        await BrowserSession.ScreenshotAsync(page, $"34-region-list-phone-{kind}");
        Assert.True(refused.Count == 0, "console errors: " + string.Join(" / ", refused));
    }
}
