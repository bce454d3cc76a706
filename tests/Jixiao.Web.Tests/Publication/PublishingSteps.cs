using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Workflow;
using Jixiao.Goals;
using Jixiao.Governance;
using Jixiao.Targets;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Workflow;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Publication;

/// <summary>
/// Takes a department's goals through the review with the app's own <see cref="WorkflowCommands"/> (from a DI
/// scope): the editor submits and publishes, the reviewer approves. The seed has error findings that would block
/// submission; these tests are about publication, so the checks find nothing here.
/// </summary>
public sealed class PublishingSteps(JixiaoApp app, Scope where)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Actor(string name) : Jixiao.Data.Persistence.Auditing.IAuditActor
    {
        public string Name => name;
    }

    private sealed class NoFindings : IFindingsSource
    {
        public IReadOnlyList<FindingView> Find(GoalSet goals) => [];
    }

    public async Task<WorkflowState> StepAsync(WorkflowAction action, WorkflowSubject subject = WorkflowSubject.Goals)
    {
        await using var scope = app.CreateScope();
        // Two people, as separation of duties wants: the department submits and publishes, the bureau reviews.
        var commands = ActivatorUtilities.CreateInstance<WorkflowCommands>(scope.ServiceProvider, new NoFindings(),
            new Actor(action.Requires == Capability.FinanceReview ? "审核人" : "填报人"));
        var step = await commands.ApplyAsync(where, subject, action, Workflow.Holding(action.Requires), Ct);
        Assert.True(step.Succeeded);
        Assert.True(step.Value!.State is not null, $"{action.Name}: {step.Value.Refusal?.Message}");
        return step.Value.State!;
    }

    /// <summary>提交 → 审核（优）→ 公开.</summary>
    public async Task<WorkflowState> PublishAsync(WorkflowSubject subject = WorkflowSubject.Goals)
    {
        await StepAsync(new SubmitAction(), subject);
        await StepAsync(new ApproveAction(Grade.Excellent), subject);
        return await StepAsync(new PublishAction(), subject);
    }

    /// <summary>Renames the first indicator of the first fund in the working copy through the API; returns its old name.</summary>
    public static async Task<string> RenameFirstIndicatorAsync(ApiClient client, (int DepartmentId, int Year) at, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fund = $"{ApiClient.GoalSetUrl(at)}/funds/{goalSet!["funds"]![0]!["id"]}";
        var (_, table) = await client.GetAsync(fund);
        var row = table!["indicators"]![0]!.AsObject();
        var old = (string)row["name"]!;
        var input = new JsonObject();
        foreach (var field in new[] { "level1", "level2", "description", "target", "basis", "weight", "direction", "version" })
        {
            input[field] = row[field]?.DeepClone();
        }
        input["name"] = name;
        var (status, saved) = await client.SendAsync(HttpMethod.Put, $"{fund}/indicators/{row["id"]}", input);
        Assert.True(status == HttpStatusCode.OK, saved?.ToJsonString());
        return old;
    }
}
