using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Indicators;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Jixiao.Data.Workflow;
using Jixiao.Goals;
using Jixiao.Governance;
using Jixiao.Targets;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Indicators;
using Jixiao.Web.Features.Workflow;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Governance;

/// <summary>The stored review loop: submit, return with an opinion on an indicator, resubmit, redline, approve, publish, adjust.</summary>
public sealed class WorkflowCommandsTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Capability[] Editor = [Capability.DepartmentEdit];
    private static readonly Capability[] Reviewer = [Capability.FinanceReview];

    /// <summary>The seed has errors; these tests follow the loop, so the checks find nothing.</summary>
    private sealed class NoFindings : IFindingsSource
    {
        public IReadOnlyList<FindingView> Find(GoalSet goals) => [];
    }

    /// <summary>A person by name: the department's editor and the bureau's reviewer are two (separation of duties).</summary>
    private sealed class Person(string name) : IAuditActor
    {
        public string Name => name;
    }

    private static WorkflowCommands Commands(IServiceProvider services, IFindingsSource? findings = null, string actor = "填报人") =>
        new(services.GetRequiredService<JixiaoDb>(), services.GetRequiredService<GoalSetLoader>(), findings ?? new NoFindings(),
            new Person(actor), TimeProvider.System,
            services.GetRequiredService<Jixiao.Data.Evaluation.EvaluationQuery>());

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Errors_in_the_checks_block_submission_with_what_to_fix(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        await using var scope = (await Apps.AppAsync(kind)).CreateScope();
        var commands = Commands(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IFindingsSource>());

        var step = await commands.ApplyAsync(new Scope(at.DepartmentId, at.Year), WorkflowSubject.Goals, new SubmitAction(), Editor, Ct);

        Assert.Equal(RefusalReason.FindingsBlock, step.Value!.Refusal?.Reason);
        Assert.NotEmpty(step.Value.Refusal!.ToFix);
        Assert.Equal(WorkflowStatus.Draft, (await commands.StateAsync(new Scope(at.DepartmentId, at.Year), WorkflowSubject.Goals, Ct)).Value!.Status);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_review_loop_keeps_versions_a_redline_and_the_approved_version_in_force(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var where = new Scope(at.DepartmentId, at.Year);
        var app = await Apps.AppAsync(kind);
        async Task<WorkflowStep> Step(WorkflowAction action, Capability[] who)
        {
            await using var scope = app.CreateScope();
            var step = await Commands(scope.ServiceProvider, actor: who == Reviewer ? "审核人" : "填报人").ApplyAsync(where, WorkflowSubject.Goals, action, who, Ct);
            Assert.True(step.Succeeded);
            return step.Value!;
        }

        Assert.NotNull((await Step(new SubmitAction(), Editor)).State);
        await using (var scope = app.CreateScope())
        {
            Assert.Equal(RefusalReason.WrongStatus, (await Commands(scope.ServiceProvider).LockAsync(where, WorkflowSubject.Goals, Ct))?.Reason);
        }
        var opinion = new ReviewOpinion("采纳率的目标值偏低", new IndicatorKey("检察业务工作专项资金", "产出指标", "质量指标", "采纳率"));
        Assert.Equal(WorkflowStatus.Returned, (await Step(new ReturnAction([opinion]), Reviewer)).State!.Status);
        Assert.Equal(RefusalReason.NotPermitted, (await Step(new ApproveAction(Grade.Good), Editor)).Refusal?.Reason);
        await ReviseFirstIndicatorAsync(app, where);
        Assert.Equal(2, (await Step(new SubmitAction(), Editor)).State!.Submissions);

        await using (var scope = app.CreateScope())
        {
            var redline = await Commands(scope.ServiceProvider).RedlineAsync(where, WorkflowSubject.Goals, 1, 2, Ct);
            var change = Assert.Single(redline!.Indicators);
            Assert.Equal([new FieldChange("指标值", change.Before!.Target.Text, "≥99%")], change.Fields);
        }
        Assert.Equal(2, (await Step(new ApproveAction(Grade.Excellent), Reviewer)).State!.VersionInForce);
        Assert.Equal(2, (await Step(new PublishAction(), Editor)).State!.PublishedVersion);
        var adjusting = (await Step(new BeginAdjustmentAction(), Editor)).State!;
        Assert.Equal((WorkflowStatus.Draft, 2, true), (adjusting.Status, adjusting.VersionInForce, adjusting.IsAdjustment));

        await using (var scope = app.CreateScope())
        {
            var commands = Commands(scope.ServiceProvider);
            var versions = await commands.VersionsAsync(where, WorkflowSubject.Goals, Ct);
            Assert.Equal([(1, WorkflowStatus.Returned), (2, WorkflowStatus.Published)], versions.Select(v => (v.Number, v.Status)));
            Assert.Equal("采纳率的目标值偏低", Assert.Single(OpinionsJson.Read(versions[0].Opinions)).Text);
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var steps = await db.AuditRecords.Where(r => r.DepartmentId == at.DepartmentId && r.Subject.StartsWith("workflow/")).CountAsync(Ct);
            Assert.Equal(6, steps);
        }
    }

    private static async Task ReviseFirstIndicatorAsync(JixiaoApp app, Scope where)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var fund = await db.FundsIn(where).OrderBy(f => f.Position).Include(f => f.Indicators).FirstAsync(Ct);
        var row = fund.Indicators.OrderBy(i => i.Position).First();
        var input = new IndicatorInput(row.Level1, row.Level2, row.Name, row.Description, "≥99%", row.Basis, row.Weight?.Points, row.Direction?.ChineseName(), row.Version);
        var saved = await scope.ServiceProvider.GetRequiredService<IndicatorCommands>().UpdateAsync(where, fund.Id, row.Id, input, Ct);
        Assert.True(saved.Succeeded);
    }
}
