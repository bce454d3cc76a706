using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Api;

/// <summary>Upload → preview with findings → commit or cancel, and every way an upload can be refused.</summary>
public sealed class ImportApiTests(TestApps apps) : IntegrationTest(apps)
{
    private static byte[] Seed => File.ReadAllBytes(ApiClient.SeedPath);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Preview_shows_the_goals_and_the_overlap_on_the_adoption_rate_before_anything_is_stored(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var name = ApiClient.UniqueDepartment();

        var (status, preview) = await client.UploadAsync(Seed, "seed.txt", name);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True((bool)preview!["canCommit"]!);
        Assert.Equal(6, preview["goals"]!["funds"]!.AsArray().Sum(f => f!["indicators"]!.AsArray().Count));
        Assert.Contains(preview["findings"]!.AsArray(), f => (string)f!["rule"]! == "ladder-overlap" && (string)f["indicator"]! == "采纳率");
        var (_, departments) = await client.GetAsync($"/api/v1/years/2020/departments?search={Uri.EscapeDataString(name)}");
        Assert.Equal(0, (int)departments!["total"]!);
        var (again, _) = await client.GetAsync($"/api/v1/imports/{preview["id"]}");
        Assert.Equal(HttpStatusCode.OK, again);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_docx_upload_previews_the_same_goals_and_findings_as_the_text(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var seed = Jixiao.Formats.DisclosureText.DisclosureTextReader.Read(File.ReadAllText(ApiClient.SeedPath),
            new Jixiao.Formats.DisclosureText.DisclosureReadOptions("seed.txt", "某县人民检察院")).GoalSet!;
        var docx = Jixiao.Formats.Docx.DocxWriter.Write(seed);

        var (status, preview) = await client.UploadAsync(docx, "seed.docx", ApiClient.UniqueDepartment());

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(6, preview!["goals"]!["funds"]!.AsArray().Sum(f => f!["indicators"]!.AsArray().Count));
        Assert.Contains(preview["findings"]!.AsArray(), f => (string)f!["rule"]! == "ladder-overlap" && (string)f["indicator"]! == "采纳率");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Commit_stores_and_a_second_import_replaces_the_year(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var name = ApiClient.UniqueDepartment();
        var first = await client.ImportSeedAsync(name);

        var (_, preview) = await client.UploadAsync(Seed, "seed.txt", name);
        Assert.True((bool)preview!["replacesExisting"]!);
        var second = await client.ImportSeedAsync(name);

        Assert.Equal(first, second);
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(second));
        Assert.Equal(2, goalSet!["funds"]!.AsArray().Count);
        Assert.Equal(12, goalSet["goals"]!.AsArray().Count);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cancel_drops_the_pending_import(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var (_, preview) = await client.UploadAsync(Seed, "seed.txt", ApiClient.UniqueDepartment());
        var url = $"/api/v1/imports/{preview!["id"]}";

        var (cancelled, _) = await client.SendAsync(HttpMethod.Delete, url);
        var (gone, _) = await client.GetAsync(url);
        var (commit, _) = await client.SendAsync(HttpMethod.Post, url + "/commit");

        Assert.Equal(HttpStatusCode.NoContent, cancelled);
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Equal(HttpStatusCode.NotFound, commit);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Broken_uploads_are_refused_with_the_reason(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);

        var (binary, binaryBody) = await client.UploadAsync([0x50, 0x00, 0x01, 0x02, 0x03], "seed.txt", "某部门");
        var (empty, emptyBody) = await client.UploadAsync([], "seed.txt", "某部门");
        var (extension, extensionBody) = await client.UploadAsync(Seed, "seed.exe", "某部门");
        var (notDisclosure, notDisclosureBody) = await client.UploadAsync("这只是一段普通文字，没有任何表格。"u8.ToArray(), "note.txt", "某部门");
        var (badYear, badYearBody) = await client.UploadAsync(Seed, "seed.txt", "某部门", 1999);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, binary);
        Assert.False((bool)binaryBody!["canCommit"]!);
        Assert.Contains(binaryBody["diagnostics"]!.AsArray(), d => (string)d!["code"]! == "file-binary");
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Equal("file", (string)emptyBody!["field"]!);
        Assert.Equal(HttpStatusCode.BadRequest, extension);
        Assert.Equal("file", (string)extensionBody!["field"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notDisclosure);
        Assert.NotEmpty(notDisclosureBody!["diagnostics"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, badYear);
        Assert.Equal("year", (string)badYearBody!["field"]!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Oversized_file_is_refused_with_413(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var big = new byte[3 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        var (status, _) = await client.UploadAsync(big, "big.txt", "某部门");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Missing_file_names_the_file_field(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        using var form = new MultipartFormDataContent { { new StringContent("某部门"), "department" } };

        using var response = await client.Http.PostAsync("/api/v1/imports", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"file\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
