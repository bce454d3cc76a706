using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// Hostile input at the edge (issue 13, item 4): control characters are refused with a message naming the field
/// before any query (PostgreSQL cannot store NUL), page numbers clamp, and an upload without the optional department
/// is an ordinary answer.
/// </summary>
public sealed class EdgeInputTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_nul_in_the_sign_in_form_is_refused_with_a_message_not_a_500(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var answer = await CookieSession.PostSignInAsync(client, "admin\0", "x\0y");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("NUL", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_nul_in_the_session_request_is_a_problem_naming_the_field(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        using var client = app.CreateClient();

        using var answer = await client.PostAsJsonAsync("/api/v1/session", new { userName = "admin\u0000", password = "x" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await answer.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("userName", (string)problem["field"]!);
        Assert.Contains("U+0000", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Control_characters_in_the_public_search_are_refused_on_the_page_and_the_api(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        using var client = app.CreateClient();

        using var page = await client.GetAsync("/public/2020?search=%00", Ct);
        using var api = await client.GetAsync("/api/v1/public/2020/departments?search=%1B", Ct);
        using var clean = await client.GetAsync("/api/v1/public/2020/departments?search=%E6%A3%80%09", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("U+001B", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_nul_in_an_indicator_edit_is_refused_and_nothing_is_stored(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var url = ApiClient.GoalSetUrl(at) + "/goals";

        var (status, problem) = await client.SendAsync(HttpMethod.Put, url, new { goals = new[] { "目标\u0000" }, subGoals = Array.Empty<string>(), safeguards = Array.Empty<string>() });
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("U+0000", (string)problem!["detail"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(goalSet!["goals"]!.AsArray(), g => ((string)g!).Contains('\0', StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_largest_page_number_is_an_empty_page_not_an_overflow(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var app = await Apps.AppAsync(kind);
        using var anonymous = app.CreateClient();

        var (overview, body) = await client.GetAsync("/api/v1/years/2020/departments?page=2147483647");
        using var published = await anonymous.GetAsync("/api/v1/public/2020/departments?page=2147483647", Ct);
        using var publicPage = await anonymous.GetAsync("/public/2020?page=2147483647", Ct);
        var users = await client.Http.GetAsync("/admin/users?page=2147483647", Ct);

        Assert.Equal(HttpStatusCode.OK, overview);
        Assert.Equal(Paging.MaxPage, (int)body!["page"]!);
        Assert.Empty(body["departments"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, users.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_upload_without_the_optional_department_is_answered_for_administrators_and_reviewers(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var named = File.ReadAllText(ApiClient.SeedPath).Replace("2020年部门预算绩效信息", ApiClient.UniqueDepartment() + "2020年部门预算绩效信息", StringComparison.Ordinal);
        int region;
        await using (var scope = app.CreateScope())
        {
            region = await scope.ServiceProvider.GetRequiredService<Jixiao.Data.Persistence.JixiaoDb>().Regions.Select(r => r.Id).FirstAsync(Ct);
        }
        foreach (var role in new[] { UserRole.Administrator, UserRole.FinanceReviewer })
        {
            var client = new ApiClient(await app.ClientAsAsync(role, regionId: role == UserRole.FinanceReviewer ? region : null));

            var (withName, preview) = await client.UploadAsync(System.Text.Encoding.UTF8.GetBytes(named), "named.txt");
            var (unusable, refused) = await client.UploadAsync(System.Text.Encoding.UTF8.GetBytes("不是绩效目标表"), "other.txt");

            Assert.Equal(HttpStatusCode.Created, withName);
            Assert.True((bool)preview!["canCommit"]!);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, unusable);
            Assert.Contains(refused!["diagnostics"]!.AsArray(), m => string.Equals((string)m!["severity"]!, "error", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Sixteen_uploads_at_once_are_read_a_few_at_a_time_and_every_one_is_answered()
    {
        var client = await ClientAsync(DatabaseKind.Sqlite);
        var seed = File.ReadAllBytes(ApiClient.SeedPath);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.UploadAsync(seed, "seed.txt", ApiClient.UniqueDepartment())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
    }
}
