using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Governance;

/// <summary>
/// The review loop through the API with real users of every role: errors block submission, a submitted set is
/// locked, the reviewer returns with an opinion on an indicator, the resubmission's redline, approval keeps the
/// approved version in force through an adjustment, and each step is refused to the roles it is not theirs.
/// </summary>
public sealed class WorkflowApiTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_review_loop_from_draft_to_publication_and_an_adjustment(DatabaseKind kind)
    {
        var team = await ReviewTeam.StartAsync(await Apps.AppAsync(kind), await ClientAsync(kind));

        var (blocked, toFix) = await team.StepAsync("editor", "submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked);
        Assert.Equal(3, toFix!["toFix"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, await team.ReviseAsync("editor", "采纳率", r => ReviewTeam.With(r, target: "≥80优 ≥60良 ≥50中 <50差")));
        Assert.Equal(HttpStatusCode.OK, await team.ReviseAsync("editor", "保障各项检察工作", r => ReviewTeam.With(r, target: "≥90优 ≥70良 ≥60中 <60差")));
        Assert.Equal(HttpStatusCode.Forbidden, (await team.StepAsync("viewer", "submit")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.StepAsync("reviewer", "submit")).Status);
        var (submitted, state) = await team.StepAsync("editor", "submit");
        Assert.Equal(HttpStatusCode.OK, submitted);
        Assert.Equal("submitted", (string?)state!["status"]);

        // Locked: no change by the department, by any endpoint, until the reviewer returns it.
        var locked = await team.ReviseAsync("editor", "案件流转率", r => ReviewTeam.With(r, basis: "计划标准"));
        Assert.Equal(HttpStatusCode.Conflict, locked);
        Assert.Equal(HttpStatusCode.NotFound, (await team["stranger"].GetAsync(team.Url + "/workflow")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await team.StepAsync("stranger", "return", new { opinions = new[] { new { text = "x" } } })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await team.StepAsync("reviewer", "return")).Status);
        var opinion = new { text = "请写明指标值确定依据", fund = "检察业务专项资金", level1 = "产出指标", level2 = "时效指标", indicator = "案件流转率" };
        var (returned, afterReturn) = await team.StepAsync("reviewer", "return", new { opinions = new[] { opinion } });
        Assert.Equal(HttpStatusCode.OK, returned);
        Assert.Equal("returned", (string?)afterReturn!["status"]);
        Assert.Equal("案件流转率", (string?)afterReturn["opinions"]![0]!["indicator"]);

        Assert.Equal(HttpStatusCode.OK, await team.ReviseAsync("editor", "案件流转率", r => ReviewTeam.With(r, basis: "计划标准")));
        Assert.Equal(HttpStatusCode.OK, (await team.StepAsync("editor", "submit")).Status);
        var (_, redline) = await team["reviewer"].GetAsync(team.Url + "/workflow/redline?from=1&to=2");
        var changed = Assert.Single(redline!["indicators"]!.AsArray());
        Assert.Equal(("changed", "案件流转率"), ((string?)changed!["kind"], (string?)changed["name"]));
        Assert.Contains(changed["fields"]!.AsArray(), f => (string?)f!["after"] == "计划标准");

        var (approved, afterApproval) = await team.StepAsync("reviewer", "approve", new { grade = "优" });
        Assert.Equal(HttpStatusCode.OK, approved);
        Assert.Equal((2, "approved"), ((int?)afterApproval!["versionInForce"], (string?)afterApproval["status"]));
        Assert.Equal(HttpStatusCode.Conflict, await team.ReviseAsync("editor", "案件流转率", r => ReviewTeam.With(r, basis: "行业标准")));
        Assert.Equal(HttpStatusCode.OK, (await team.StepAsync("editor", "publish")).Status);

        // An adjustment: the working copy opens again while version 2 stays in force and published.
        var (adjusting, afterAdjust) = await team.StepAsync("editor", "adjust");
        Assert.Equal(HttpStatusCode.OK, adjusting);
        Assert.Equal(("draft", 2, 2), ((string?)afterAdjust!["status"], (int?)afterAdjust["versionInForce"], (int?)afterAdjust["publishedVersion"]));
        Assert.Equal(HttpStatusCode.OK, await team.ReviseAsync("editor", "案件流转率", r => ReviewTeam.With(r, basis: "行业标准")));
        var (_, versions) = await team["viewer"].GetAsync(team.Url + "/workflow");
        Assert.Equal(2, versions!["versions"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, (await team["viewer"].GetAsync(team.Url + "/audit")).Status);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Grade_poor_rejects_for_good_and_fair_sends_it_back(DatabaseKind kind)
    {
        var team = await ReviewTeam.StartAsync(await Apps.AppAsync(kind), await ClientAsync(kind));
        await team.FixSeedErrorsAsync();
        await team.StepAsync("editor", "submit");

        var (fairWithoutOpinion, _) = await team.StepAsync("reviewer", "approve", new { grade = "中" });
        var (fair, afterFair) = await team.StepAsync("reviewer", "approve", new { grade = "中", opinions = new[] { new { text = "指标不够细化" } } });
        await team.StepAsync("editor", "submit");
        var (poor, afterPoor) = await team.StepAsync("reviewer", "approve", new { grade = "差", opinions = new[] { new { text = "与职责无关" } } });
        var (again, _) = await team.StepAsync("editor", "submit");
        var (badGrade, _) = await team.StepAsync("reviewer", "approve", new { grade = "甲" });

        Assert.Equal(HttpStatusCode.BadRequest, fairWithoutOpinion);
        Assert.Equal((HttpStatusCode.OK, "returned", "fair"), (fair, (string?)afterFair!["status"], (string?)afterFair["grade"]));
        Assert.Equal((HttpStatusCode.OK, "rejected"), (poor, (string?)afterPoor!["status"]));
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal(HttpStatusCode.BadRequest, badGrade);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Edit_controls_show_only_to_the_editor_and_only_while_the_goals_are_open(DatabaseKind kind)
    {
        var team = await ReviewTeam.StartAsync(await Apps.AppAsync(kind), await ClientAsync(kind));
        var (_, goalSet) = await team["editor"].GetAsync(team.Url);
        var department = $"/departments/{team.At.DepartmentId}/years/{team.At.Year}";
        var fund = $"{department}/funds/{goalSet!["funds"]![0]!["id"]}";
        // Each control: the indicator table's row edit, the fund's goal statements, the department's goals and workbook upload.
        async Task<string> ControlsAsync(string role)
        {
            var fundPage = await team[role].Http.GetStringAsync(fund, TestContext.Current.CancellationToken);
            var departmentPage = await team[role].Http.GetStringAsync(department, TestContext.Current.CancellationToken);
            return string.Concat(
                fundPage.Contains("编辑指标“案件流转率”", StringComparison.Ordinal) ? "R" : "-",
                fundPage.Contains($"href=\"{fund}/goals\"", StringComparison.Ordinal) ? "G" : "-",
                departmentPage.Contains($"href=\"{department}/goals\"", StringComparison.Ordinal) ? "D" : "-",
                departmentPage.Contains($"href=\"{department}/workbook\"", StringComparison.Ordinal) ? "W" : "-");
        }

        var editorBefore = await ControlsAsync("editor");
        var viewer = await ControlsAsync("viewer");
        var reviewer = await ControlsAsync("reviewer");
        await team.FixSeedErrorsAsync();
        await team.StepAsync("editor", "submit");
        var editorSubmitted = await ControlsAsync("editor");

        Assert.Equal(("RGDW", "----", "----", "----"), (editorBefore, viewer, reviewer, editorSubmitted));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_self_evaluation_goes_the_same_way_and_its_frozen_result_is_what_the_public_gets(DatabaseKind kind)
    {
        var team = await ReviewTeam.StartAsync(await Apps.AppAsync(kind), await ClientAsync(kind));
        var (_, goalSet) = await team["editor"].GetAsync(team.Url);
        var fund = $"{team.Url}/funds/{goalSet!["funds"]![0]!["id"]}";
        var (_, table) = await team["editor"].GetAsync(fund);
        var flow = table!["indicators"]!.AsArray().First(i => (string?)i!["name"] == "案件流转率")!;
        object Actuals(string value) => new { budgetAnnual = "120万元", budgetExecuted = "114万元", indicators = new[] { new { indicatorId = (int)flow["id"]!, actual = value, reason = "" } } };
        var evaluation = team.Url + "/workflow/submit?subject=evaluation";
        // Errors in the checks block a submission of either subject: fix the seed's two ladders first.
        await team.FixSeedErrorsAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await team["editor"].SendAsync(HttpMethod.Put, fund + "/actuals", Actuals("98%"))).Status);
        var (submitted, state) = await team["editor"].SendAsync(HttpMethod.Post, evaluation, new { });
        var (locked, _) = await team["editor"].SendAsync(HttpMethod.Put, fund + "/actuals", Actuals("50%"));
        var (approved, _) = await team["reviewer"].SendAsync(HttpMethod.Post, team.Url + "/workflow/approve?subject=evaluation", new { grade = "良" });
        var (published, _) = await team["editor"].SendAsync(HttpMethod.Post, team.Url + "/workflow/publish?subject=evaluation", new { });
        var (goalsState, _) = await team["editor"].GetAsync(team.Url + "/workflow");

        Assert.Equal((HttpStatusCode.OK, "submitted"), (submitted, (string?)state!["status"]));
        Assert.Equal(HttpStatusCode.Conflict, locked);
        Assert.Equal(HttpStatusCode.OK, approved);
        Assert.Equal(HttpStatusCode.OK, published);
        Assert.Equal(HttpStatusCode.OK, goalsState);

        // The goals must be published too for the department's public page; then the frozen evaluation is public.
        await team.StepAsync("editor", "submit");
        await team.StepAsync("reviewer", "approve", new { grade = "优" });
        await team.StepAsync("editor", "publish");
        await team["editor"].SendAsync(HttpMethod.Post, team.Url + "/workflow/adjust?subject=evaluation", new { });
        Assert.Equal(HttpStatusCode.NoContent, (await team["editor"].SendAsync(HttpMethod.Put, fund + "/actuals", Actuals("10%"))).Status);
        using var anonymous = (await Apps.AppAsync(kind)).CreateClient();
        var frozen = System.Text.Json.Nodes.JsonNode.Parse(await anonymous.GetStringAsync(
            $"/api/v1/public/{team.At.Year}/departments/{team.At.DepartmentId}/evaluation", TestContext.Current.CancellationToken))!;
        var page = await anonymous.GetStringAsync($"/public/{team.At.Year}/{team.At.DepartmentId}", TestContext.Current.CancellationToken);

        var indicator = frozen["funds"]![0]!.ToJsonString();
        Assert.Contains("98%", indicator, StringComparison.Ordinal);
        Assert.DoesNotContain("10%", indicator, StringComparison.Ordinal);
        Assert.NotNull((decimal?)frozen["total"]!["score"]);
        Assert.Contains("总分", page, StringComparison.Ordinal);
    }
}
