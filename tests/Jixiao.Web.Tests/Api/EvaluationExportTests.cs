using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Tests.Formats.Office;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>The 项目支出绩效自评表 downloads (XLSX and PDF) are built from the actuals stored in the database.</summary>
public sealed class EvaluationExportTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_xlsx_self_evaluation_carries_the_stored_actuals_and_reads_back_as_an_evaluation(DatabaseKind kind)
    {
        var (client, at, fundName, fund) = await EvaluatedSeedAsync(kind);

        var xlsx = await DownloadAsync(client, at, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false))
        {
            Assert.Contains(document.WorkbookPart!.Workbook.Descendants<Sheet>(), s => s.Name!.Value!.StartsWith("自评1", StringComparison.Ordinal));
        }
        var read = OfficeReader.Read(xlsx, new DisclosureReadOptions("自评表.xlsx"));
        var sheet = read.Evaluation?.For(fundName);
        Assert.NotNull(sheet);
        var flow = sheet.ResultOf(0)!;
        Assert.Equal(("98%", 50m), (flow.Actual, flow.Score));
        Assert.Equal((decimal)fund["total"]!["score"]!, sheet.TotalScore);
        Assert.Equal((string)fund["total"]!["grade"]!, sheet.Grade);
        Assert.Equal((1_200_000m, 1_140_000m), (sheet.Budget!.Adjusted, sheet.Budget.Executed));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_pdf_self_evaluation_shows_the_chinese_the_total_and_the_grade(DatabaseKind kind)
    {
        var (client, at, fundName, fund) = await EvaluatedSeedAsync(kind);

        var text = PdfText.Of(await DownloadAsync(client, at, "pdf", "application/pdf"));

        var total = ((decimal)fund["total"]!["score"]!).ToString("G29", CultureInfo.InvariantCulture);
        foreach (var expected in new[] { "项目支出绩效自评表", fundName, "案件流转率", "98%", "总分", total, (string)fund["total"]!["grade"]! })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_evaluation_page_offers_both_downloads_and_bad_requests_are_problems(DatabaseKind kind)
    {
        var (client, at, _, _) = await EvaluatedSeedAsync(kind);
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var ct = TestContext.Current.CancellationToken;

        var page = await client.Http.GetStringAsync($"/departments/{at.DepartmentId}/years/{at.Year}/funds/{goalSet!["funds"]![0]!["id"]}/evaluation", ct);
        var (docx, problem) = await client.GetAsync(ApiClient.GoalSetUrl(at) + "/evaluation/export?format=docx");
        var (unknown, _) = await client.GetAsync("/api/v1/departments/999999/years/2020/evaluation/export?format=pdf");
        var (otherYear, _) = await client.GetAsync($"/api/v1/departments/{at.DepartmentId}/years/2031/evaluation/export?format=xlsx");

        Assert.Contains($"/evaluation/export?format=xlsx", page, StringComparison.Ordinal);
        Assert.Contains($"/evaluation/export?format=pdf", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, docx);
        Assert.Equal("format", (string?)problem!["field"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.NotFound, otherYear);
    }

    private static async Task<byte[]> DownloadAsync(ApiClient client, (int DepartmentId, int Year) at, string format, string mediaType)
    {
        using var response = await client.Http.GetAsync(ApiClient.GoalSetUrl(at) + "/evaluation/export?format=" + format, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The seed under a new name with its first fund's budget and 案件流转率 entered (98%: 优, 50 points), and
    /// that fund's evaluation as the evaluation endpoint answers it.
    /// </summary>
    private async Task<(ApiClient Client, (int DepartmentId, int Year) At, string FundName, JsonNode Fund)> EvaluatedSeedAsync(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fund = $"{ApiClient.GoalSetUrl(at)}/funds/{goalSet!["funds"]![0]!["id"]}";
        var (_, table) = await client.GetAsync(fund);
        var (saved, _) = await client.SendAsync(HttpMethod.Put, fund + "/actuals", new
        {
            budgetAnnual = "120万元", budgetExecuted = "114万元",
            indicators = new[] { new { indicatorId = (int)table!["indicators"]![0]!["id"]!, actual = "98%", reason = "" } },
        });
        Assert.Equal(HttpStatusCode.NoContent, saved);
        var (_, evaluation) = await client.GetAsync(ApiClient.GoalSetUrl(at) + "/evaluation");
        return (client, at, (string)goalSet["funds"]![0]!["name"]!, evaluation!["funds"]![0]!);
    }
}
