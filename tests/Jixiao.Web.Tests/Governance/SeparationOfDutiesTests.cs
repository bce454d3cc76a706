using System.Net;
using Jixiao.Data.Accounts;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Governance;

/// <summary>
/// Separation of duties (issue 13, item 2): whoever submitted a version cannot return or approve it, whatever their
/// role; the 审计员 reads the whole trail and verifies its chain and sees no department.
/// </summary>
public sealed class SeparationOfDutiesTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_administrator_who_submitted_a_version_cannot_approve_or_return_it_and_another_can(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var admin = await ClientAsync(kind);
        var team = await ReviewTeam.StartAsync(app, admin);
        await team.ReviseAsync("editor", "采纳率", r => ReviewTeam.With(r, target: "≥80优 ≥60良 ≥50中 <50差"));
        await team.ReviseAsync("editor", "保障各项检察工作", r => ReviewTeam.With(r, target: "≥90优 ≥70良 ≥60中 <60差"));

        var (submitted, _) = await admin.SendAsync(HttpMethod.Post, team.Url + "/workflow/submit", new { });
        // The steps offered are those the workflow would take: the submitter is not offered approve or return.
        var (_, offeredToSubmitter) = await admin.GetAsync(team.Url + "/workflow");
        var (_, offeredToReviewer) = await team["reviewer"].GetAsync(team.Url + "/workflow");
        Assert.DoesNotContain(offeredToSubmitter!["actions"]!.AsArray(), a => (string?)a is "approve" or "return");
        Assert.Contains(offeredToReviewer!["actions"]!.AsArray(), a => (string?)a == "approve");
        var (approve, refusal) = await admin.SendAsync(HttpMethod.Post, team.Url + "/workflow/approve", new { grade = "优" });
        var (giveBack, _) = await admin.SendAsync(HttpMethod.Post, team.Url + "/workflow/return", new { opinions = new[] { new { text = "自己退回" } } });
        var (approvedByAnother, state) = await team.StepAsync("reviewer", "approve", new { grade = "优" });

        Assert.Equal(HttpStatusCode.OK, submitted);
        Assert.Equal(HttpStatusCode.Forbidden, approve);
        Assert.Equal("OwnSubmission", (string?)refusal!["reason"]);
        Assert.Contains("不相容职务分离", (string?)refusal["title"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, giveBack);
        Assert.Equal((HttpStatusCode.OK, "approved"), (approvedByAnother, (string?)state!["status"]));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_auditor_reads_and_verifies_the_whole_trail_and_sees_no_department(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var at = await (await ClientAsync(kind)).ImportSeedAsync(ApiClient.UniqueDepartment());
        var auditor = new ApiClient(await app.ClientAsAsync(UserRole.Auditor));

        var (trail, records) = await auditor.GetAsync("/api/v1/audit?limit=5");
        var (verified, check) = await auditor.GetAsync("/api/v1/audit/verify");
        var (again, _) = await auditor.GetAsync($"/api/v1/audit/verify?anchor={Uri.EscapeDataString((string)check!["anchor"]!)}");
        var (department, _) = await auditor.GetAsync(ApiClient.GoalSetUrl(at));
        var (departmentAudit, _) = await auditor.GetAsync(ApiClient.GoalSetUrl(at) + "/audit");
        var (years, _) = await auditor.GetAsync("/api/v1/years/");
        var (fromAdmin, _) = await (await ClientAsync(kind)).GetAsync("/api/v1/audit/verify");

        Assert.Equal(HttpStatusCode.OK, trail);
        Assert.Equal(5, records!.AsArray().Count);
        Assert.Equal((HttpStatusCode.OK, true), (verified, (bool)check["intact"]!));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(HttpStatusCode.NotFound, department);
        Assert.Equal(HttpStatusCode.NotFound, departmentAudit);
        Assert.Equal(HttpStatusCode.Forbidden, years);
        Assert.Equal(HttpStatusCode.Forbidden, fromAdmin);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrator_without_duties_reads_departments_and_manages_users_but_fills_in_and_reviews_nothing(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var team = await ReviewTeam.StartAsync(app, await ClientAsync(kind));
        var manager = new ApiClient(await app.ClientAsAsync(UserRole.Administrator, duties: false));
        var goals = new { goals = new[] { "目标" }, subGoals = Array.Empty<string>(), safeguards = Array.Empty<string>() };

        var (read, _) = await manager.GetAsync(team.Url);
        var (edit, _) = await manager.SendAsync(HttpMethod.Put, team.Url + "/goals", goals);
        var (submit, _) = await manager.SendAsync(HttpMethod.Post, team.Url + "/workflow/submit", new { });
        var (import, _) = await manager.UploadAsync(File.ReadAllBytes(ApiClient.SeedPath), "seed.txt", ApiClient.UniqueDepartment());
        var users = await manager.Http.GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(HttpStatusCode.Forbidden, edit);
        Assert.Equal(HttpStatusCode.Forbidden, submit);
        Assert.Equal(HttpStatusCode.Forbidden, import);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }
}
