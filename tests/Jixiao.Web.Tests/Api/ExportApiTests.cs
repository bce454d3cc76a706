using System.Net;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>The web app offers the same downloads as <c>jixiao export</c>: the disclosure as DOCX, XLSX, PDF and HTML.</summary>
public sealed class ExportApiTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Docx_and_xlsx_downloads_read_back_to_the_stored_goals(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var name = ApiClient.UniqueDepartment();
        var at = await client.ImportSeedAsync(name);
        var ct = TestContext.Current.CancellationToken;
        var expected = await client.Http.GetByteArrayAsync(ApiClient.GoalSetUrl(at) + "/export", ct);

        foreach (var (format, mediaType) in new[]
        {
            ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        })
        {
            using var response = await client.Http.GetAsync(ApiClient.GoalSetUrl(at) + "/export?format=" + format, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith("." + format, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
            var read = DocumentReader.Read(await response.Content.ReadAsByteArrayAsync(ct), new DisclosureReadOptions("download." + format));
            Assert.True(read.IsUsable, format);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), CanonicalJson.SerializeToString(read.GoalSet!));
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pdf_and_html_downloads_carry_the_chinese_text(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var ct = TestContext.Current.CancellationToken;

        using var pdf = await client.Http.GetAsync(ApiClient.GoalSetUrl(at) + "/export?format=pdf", ct);
        using var html = await client.Http.GetAsync(ApiClient.GoalSetUrl(at) + "/export?format=html", ct);

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync(ct))[..5]), StringComparison.Ordinal);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("案件流转率", await html.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_format_is_a_problem_naming_the_field(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());

        var (status, problem) = await client.GetAsync(ApiClient.GoalSetUrl(at) + "/export?format=doc");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("format", (string?)problem!["field"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_departments_download_is_not_found(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);

        var (status, _) = await client.GetAsync("/api/v1/departments/999999/years/2020/export?format=docx");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
