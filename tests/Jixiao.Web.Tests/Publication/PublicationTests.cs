using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Governance;
using Jixiao.Tests.Formats.Office;
using Jixiao.Web.Common;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Publication;

/// <summary>
/// 信息公开 without sign-in: only a published version is listed and shown, from its frozen snapshot (an adjustment
/// in the working copy stays private), with DOCX, PDF and JSON downloads; anything else is 404.
/// </summary>
public sealed class PublicationTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Published(ApiClient Admin, HttpClient Public, JixiaoApp App, (int DepartmentId, int Year) At, string Name, PublishingSteps Steps)
    {
        public string Page => $"/public/{At.Year}/{At.DepartmentId}";

        public string Download => $"/api/v1/public/{At.Year}/departments/{At.DepartmentId}";
    }

    /// <summary>The seed imported under a new name, not yet submitted, and an anonymous client.</summary>
    private async Task<Published> DraftAsync(DatabaseKind kind)
    {
        var admin = await ClientAsync(kind);
        var app = await Apps.AppAsync(kind);
        var name = ApiClient.UniqueDepartment();
        var at = await admin.ImportSeedAsync(name);
        return new Published(admin, app.CreateClient(new() { AllowAutoRedirect = false }), app, at, name,
            new PublishingSteps(app, new Scope(at.DepartmentId, at.Year)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Goals_not_yet_published_are_not_found_and_not_listed(DatabaseKind kind)
    {
        var p = await DraftAsync(kind);
        await NotFoundEverywhereAsync(p, "a draft");
        await p.Steps.StepAsync(new SubmitAction());
        await p.Steps.StepAsync(new ApproveAction(Targets.Grade.Excellent));

        await NotFoundEverywhereAsync(p, "approved, not published");
        Assert.Equal(HttpStatusCode.NotFound, (await p.Public.GetAsync($"/public/{p.At.Year}/999999", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Public.GetAsync($"/api/v1/public/{p.At.Year + 1}/departments/{p.At.DepartmentId}", Ct)).StatusCode);
    }

    /// <summary>Asserts 404 for the page and every download, and no entry in the year's lists (page and API) searched by the name.</summary>
    private static async Task NotFoundEverywhereAsync(Published p, string when)
    {
        Assert.True((await p.Public.GetAsync(p.Page, Ct)).StatusCode == HttpStatusCode.NotFound, when);
        foreach (var format in new[] { "json", "docx", "pdf", "html" })
        {
            Assert.True((await p.Public.GetAsync(p.Download + "?format=" + format, Ct)).StatusCode == HttpStatusCode.NotFound, $"{when}: {format}");
        }
        var listed = await p.Public.GetStringAsync($"/api/v1/public/{p.At.Year}/departments?search={Uri.EscapeDataString(p.Name)}", Ct);
        Assert.DoesNotContain(p.Name, listed, StringComparison.Ordinal);
        var page = await p.Public.GetStringAsync($"/public/{p.At.Year}?search={Uri.EscapeDataString(p.Name)}", Ct);
        Assert.DoesNotContain($"href=\"{p.Page}\"", page, StringComparison.Ordinal);
        Assert.Contains("共 0 个部门已公开", page, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Published_goals_are_listed_and_shown_to_a_reader_who_is_not_signed_in(DatabaseKind kind)
    {
        var p = await DraftAsync(kind);
        var region = await PlaceInNewRegionAsync(p);
        Assert.Equal(1, (await p.Steps.PublishAsync()).PublishedVersion);

        var years = await p.Public.GetStringAsync("/public", Ct);
        var list = await p.Public.GetStringAsync($"/public/{p.At.Year}?search={Uri.EscapeDataString(p.Name)}", Ct);
        var api = await p.Admin.GetAsync($"/api/v1/public/{p.At.Year}/departments?search={Uri.EscapeDataString(p.Name)}");
        using var page = await p.Public.GetAsync(p.Page, Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);

        Assert.Contains($"href=\"/public/{p.At.Year}\"", years, StringComparison.Ordinal);
        Assert.Contains($"href=\"/public/{p.At.Year}/{p.At.DepartmentId}\"", list, StringComparison.Ordinal);
        Assert.Contains(region, list, StringComparison.Ordinal);
        var row = Assert.Single(api.Body!["departments"]!.AsArray());
        Assert.Equal((p.At.DepartmentId, region), ((int)row!["id"]!, (string)row["region"]!));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)row["publishedOn"]!);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var expected in new[] { p.Name, "2020年部门预算绩效信息", "案件流转率", "href=\"/public\"", "公开信息", "本年度绩效自评尚未公开", p.Download + "?format=docx" })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }
    }

    private static async Task<string> PlaceInNewRegionAsync(Published p)
    {
        await using var scope = p.App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var region = new StoredRegion("公开县" + Guid.NewGuid().ToString("N")[..6], "公开县财政局");
        db.Regions.Add(region);
        await db.SaveChangesAsync(Ct);
        (await db.Departments.SingleAsync(d => d.Id == p.At.DepartmentId, Ct)).PlaceIn(region);
        await db.SaveChangesAsync(Ct);
        return region.Name;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Downloads_of_the_published_version_open_and_the_json_is_the_frozen_snapshot(DatabaseKind kind)
    {
        var p = await DraftAsync(kind);
        await p.Steps.PublishAsync();

        var json = await DownloadAsync(p, "json", "application/json");
        var docx = await DownloadAsync(p, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var pdf = await DownloadAsync(p, "pdf", "application/pdf");

        Assert.Equal(await SnapshotAsync(p, 1), Encoding.UTF8.GetString(json));
        Assert.Equal(json, await p.Public.GetByteArrayAsync(p.Download, Ct));
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains(p.Name, text, StringComparison.Ordinal);
            Assert.Contains("案件流转率", text, StringComparison.Ordinal);
        }
        Assert.Contains("案件流转率", PdfText.Of(pdf), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await p.Public.GetAsync(p.Download + "?format=doc", Ct)).StatusCode);
    }

    private static async Task<byte[]> DownloadAsync(Published p, string format, string mediaType)
    {
        using var response = await p.Public.GetAsync(p.Download + "?format=" + format, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    private static async Task<string> SnapshotAsync(Published p, int number)
    {
        await using var scope = p.App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        return await db.GoalSetVersions.Where(v => v.Number == number && db.Workflows.Any(w =>
                w.Id == v.WorkflowId && w.PerformanceYear.DepartmentId == p.At.DepartmentId && w.PerformanceYear.Year == p.At.Year && w.Subject == WorkflowSubject.Goals))
            .Select(v => v.Snapshot).SingleAsync(Ct);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_adjustment_in_progress_does_not_reach_the_public_and_script_in_a_name_stays_text(DatabaseKind kind)
    {
        var p = await DraftAsync(kind);
        const string Scripted = "<script>alert('x')</script>案件流转率";
        await PublishingSteps.RenameFirstIndicatorAsync(p.Admin, p.At, Scripted);
        await p.Steps.PublishAsync();
        await p.Steps.StepAsync(new BeginAdjustmentAction());

        var published = await PublishingSteps.RenameFirstIndicatorAsync(p.Admin, p.At, "调整中的新指标名称");
        var html = await p.Public.GetStringAsync(p.Page, Ct);
        var json = await p.Public.GetStringAsync(p.Download, Ct);
        var working = await p.Admin.Http.GetStringAsync(ApiClient.GoalSetUrl(p.At) + "/export", Ct);

        Assert.Equal(Scripted, published);
        Assert.Contains("调整中的新指标名称", working, StringComparison.Ordinal);
        Assert.DoesNotContain("调整中的新指标名称", html, StringComparison.Ordinal);
        Assert.DoesNotContain("调整中的新指标名称", json, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;案件流转率", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_published_self_evaluation_is_mentioned_and_the_pages_switch_to_english(DatabaseKind kind)
    {
        var p = await DraftAsync(kind);
        await p.Steps.PublishAsync();
        await p.Steps.PublishAsync(WorkflowSubject.SelfEvaluation);

        var chinese = await p.Public.GetStringAsync(p.Page, Ct);
        var english = await p.Public.GetStringAsync(p.Page + "?culture=en&ui-culture=en", Ct);

        Assert.Contains("本年度绩效自评已公开", chinese, StringComparison.Ordinal);
        Assert.Contains("This year's self-evaluation is published", english.Replace("&#x27;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(">Published</a>", english, StringComparison.Ordinal);
    }
}
