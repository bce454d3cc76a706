using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Tests.Governance;

/// <summary>The review workflow: every action in every status, with the capability it needs.</summary>
public sealed class WorkflowTests
{
    private static readonly ReviewOpinion Opinion = new("指标值不可衡量", new IndicatorKey("办案专项", "产出指标", "质量指标", "案件流转率"));

    private static readonly Dictionary<string, WorkflowState> States = new()
    {
        ["draft"] = WorkflowState.Initial,
        ["submitted"] = new(WorkflowStatus.Submitted, 1),
        ["returned"] = new(WorkflowStatus.Returned, 1, opinions: [Opinion]),
        ["approved"] = new(WorkflowStatus.Approved, 1, 1, grade: Grade.Good),
        ["published"] = new(WorkflowStatus.Published, 1, 1, 1, Grade.Good),
        ["rejected"] = new(WorkflowStatus.Rejected, 1, grade: Grade.Poor),
        ["adjusting"] = new(WorkflowStatus.Draft, 1, 1, 1),
        ["adjustment-submitted"] = new(WorkflowStatus.Submitted, 2, 1, 1),
        ["adjustment-rejected"] = new(WorkflowStatus.Rejected, 2, 1, 1, Grade.Poor),
    };

    private static readonly Dictionary<string, WorkflowAction> Actions = new()
    {
        ["edit"] = new EditAction(),
        ["submit"] = new SubmitAction(),
        ["return"] = new ReturnAction([Opinion]),
        ["approve-excellent"] = new ApproveAction(Grade.Excellent),
        ["approve-good"] = new ApproveAction(Grade.Good),
        ["approve-fair"] = new ApproveAction(Grade.Fair, [Opinion]),
        ["approve-poor"] = new ApproveAction(Grade.Poor, [Opinion]),
        ["publish"] = new PublishAction(),
        ["adjust"] = new BeginAdjustmentAction(),
    };

    /// <summary>state, action, resulting status (or the refusal reason), submissions, version in force, published version.</summary>
    public static TheoryData<string, string, string, int, int?, int?> Transitions => new()
    {
        { "draft", "edit", "Draft", 0, null, null },
        { "draft", "submit", "Submitted", 1, null, null },
        { "draft", "return", "WrongStatus", 0, null, null },
        { "draft", "approve-good", "WrongStatus", 0, null, null },
        { "draft", "publish", "WrongStatus", 0, null, null },
        { "draft", "adjust", "WrongStatus", 0, null, null },
        { "submitted", "edit", "WrongStatus", 1, null, null },
        { "submitted", "submit", "WrongStatus", 1, null, null },
        { "submitted", "return", "Returned", 1, null, null },
        { "submitted", "approve-excellent", "Approved", 1, 1, null },
        { "submitted", "approve-good", "Approved", 1, 1, null },
        { "submitted", "approve-fair", "Returned", 1, null, null },
        { "submitted", "approve-poor", "Rejected", 1, null, null },
        { "submitted", "publish", "WrongStatus", 1, null, null },
        { "returned", "edit", "Returned", 1, null, null },
        { "returned", "submit", "Submitted", 2, null, null },
        { "returned", "approve-good", "WrongStatus", 1, null, null },
        { "approved", "edit", "WrongStatus", 1, 1, null },
        { "approved", "submit", "WrongStatus", 1, 1, null },
        { "approved", "publish", "Published", 1, 1, 1 },
        { "approved", "adjust", "Draft", 1, 1, null },
        { "published", "edit", "WrongStatus", 1, 1, 1 },
        { "published", "publish", "WrongStatus", 1, 1, 1 },
        { "published", "adjust", "Draft", 1, 1, 1 },
        { "rejected", "edit", "WrongStatus", 1, null, null },
        { "rejected", "submit", "WrongStatus", 1, null, null },
        { "rejected", "adjust", "WrongStatus", 1, null, null },
        { "adjusting", "edit", "Draft", 1, 1, 1 },
        { "adjusting", "submit", "Submitted", 2, 1, 1 },
        { "adjustment-submitted", "approve-good", "Approved", 2, 2, 1 },
        { "adjustment-submitted", "approve-fair", "Returned", 2, 1, 1 },
        { "adjustment-submitted", "approve-poor", "Rejected", 2, 1, 1 },
        { "adjustment-rejected", "adjust", "Draft", 2, 1, 1 },
        { "adjustment-rejected", "edit", "WrongStatus", 2, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Each_action_in_each_status_gives_the_expected_state(string from, string action, string expected, int submissions, int? inForce, int? published)
    {
        var state = States[from];
        var result = Workflow.Try(state, Actions[action], [Capability.DepartmentEdit, Capability.FinanceReview]);
        var after = result.State ?? state;
        Assert.Equal(expected, result.Refusal?.Reason.ToString() ?? after.Status.ToString());
        Assert.Equal((submissions, inForce, published), (after.Submissions, after.VersionInForce, after.PublishedVersion));
    }

    public static TheoryData<string, string, Capability> Permissions => new()
    {
        { "draft", "edit", Capability.DepartmentEdit },
        { "draft", "submit", Capability.DepartmentEdit },
        { "submitted", "return", Capability.FinanceReview },
        { "submitted", "approve-good", Capability.FinanceReview },
        { "approved", "publish", Capability.DepartmentEdit },
        { "approved", "adjust", Capability.DepartmentEdit },
    };

    [Theory]
    [MemberData(nameof(Permissions))]
    public void An_action_needs_its_capability(string from, string action, Capability needed)
    {
        var other = needed == Capability.DepartmentEdit ? Capability.FinanceReview : Capability.DepartmentEdit;
        var refused = Workflow.Try(States[from], Actions[action], [other]);
        Assert.Equal(RefusalReason.NotPermitted, refused.Refusal?.Reason);
        Assert.True(Workflow.Try(States[from], Actions[action], [needed]).Succeeded);
    }

    [Theory]
    [InlineData("return", "张三", "张三", RefusalReason.OwnSubmission)]
    [InlineData("approve-good", "张三", "张三", RefusalReason.OwnSubmission)]
    [InlineData("approve-good", "李四", "张三", null)]
    [InlineData("approve-good", "张三", null, null)]
    public void Whoever_submitted_a_version_cannot_return_or_approve_it_whatever_they_hold(string action, string actor, string? submitter, RefusalReason? expected)
    {
        var result = Workflow.Try(States["submitted"], Actions[action], [Capability.DepartmentEdit, Capability.FinanceReview], new Reviewing(actor, submitter));
        Assert.Equal(expected, result.Refusal?.Reason);
        if (expected is not null)
        {
            Assert.Contains("不相容职务分离", result.Refusal!.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Errors_block_submission_and_come_back_as_what_to_fix()
    {
        var error = Diagnostic.Error("ladder-overlap", null, "Rule.Overlap");
        var warning = Diagnostic.Warning("basis-unknown", null, "Rule.Basis");
        var refused = Workflow.Try(WorkflowState.Initial, new SubmitAction([warning, error]), [Capability.DepartmentEdit]);
        Assert.Equal(RefusalReason.FindingsBlock, refused.Refusal?.Reason);
        Assert.Equal([error], refused.Refusal!.ToFix);
        Assert.Equal("有 1 个错误，修改后才能提交：", refused.Refusal.Message.Format(Cultures.Chinese));
        Assert.True(Workflow.Try(WorkflowState.Initial, new SubmitAction([warning]), [Capability.DepartmentEdit]).Succeeded);
    }

    public static TheoryData<string> NeedOpinions => ["return", "approve-fair", "approve-poor"];

    [Theory]
    [MemberData(nameof(NeedOpinions))]
    public void Returning_or_a_poor_grade_needs_an_opinion(string action)
    {
        WorkflowAction bare = action == "return" ? new ReturnAction([]) : new ApproveAction(((ApproveAction)Actions[action]).Grade);
        Assert.Equal(RefusalReason.OpinionRequired, Workflow.Try(States["submitted"], bare, [Capability.FinanceReview]).Refusal?.Reason);
    }

    [Fact]
    public void An_adjustment_keeps_the_approved_version_in_force_until_it_is_approved()
    {
        var editor = Workflow.Holding(Capability.DepartmentEdit);
        var reviewer = Workflow.Holding(Capability.FinanceReview);
        var state = WorkflowState.Initial;
        WorkflowState Step(WorkflowAction action, IReadOnlyCollection<Capability> who) => state = Workflow.Try(state, action, who).State!;

        Step(new SubmitAction(), editor);
        Step(new ReturnAction([Opinion]), reviewer);
        Assert.Equal([Opinion], state.Opinions);
        Step(new SubmitAction(), editor);
        Step(new ApproveAction(Grade.Excellent), reviewer);
        Step(new PublishAction(), editor);
        Assert.Equal((2, 2, false), (state.VersionInForce, state.PublishedVersion, state.IsAdjustment));

        Step(new BeginAdjustmentAction(), editor);
        Assert.True(state.IsEditable);
        Assert.True(state.IsAdjustment);
        Assert.Equal(3, state.WorkingVersion);
        Step(new SubmitAction(), editor);
        Assert.Equal((WorkflowStatus.Submitted, 2), (state.Status, state.VersionInForce));
        Step(new ApproveAction(Grade.Good), reviewer);
        Assert.Equal((3, 2), (state.VersionInForce, state.PublishedVersion));
        Step(new PublishAction(), editor);
        Assert.Equal((3, 3), (state.VersionInForce, state.PublishedVersion));
    }

    [Fact]
    public void Refusals_name_the_status_and_the_action_in_both_languages()
    {
        var locked = Workflow.Decide(States["submitted"], new EditAction(), [Capability.DepartmentEdit])!;
        Assert.Equal("已提交，等待财政审核，部门不能修改。如需修改，请联系审核人员退回。", locked.Message.Format(Cultures.Chinese));
        var notAllowed = Workflow.Decide(States["submitted"], new ApproveAction(Grade.Good), [Capability.DepartmentEdit])!;
        Assert.Equal("Only a finance reviewer may grade.", notAllowed.Message.Format(Cultures.English));
    }

    [Fact]
    public void Applying_a_refused_action_is_a_bug()
    {
        Assert.Throws<InvalidOperationException>(() => Workflow.Apply(States["submitted"], new EditAction()));
    }

    public static TheoryData<WorkflowStatus, int, int?, int?> InvalidStates => new()
    {
        { WorkflowStatus.Submitted, 0, null, null },
        { WorkflowStatus.Approved, 1, null, null },
        { WorkflowStatus.Draft, 1, 2, null },
        { WorkflowStatus.Published, 1, 1, null },
        { WorkflowStatus.Draft, 1, null, 1 },
    };

    [Theory]
    [MemberData(nameof(InvalidStates))]
    public void A_state_that_cannot_be_is_refused(WorkflowStatus status, int submissions, int? inForce, int? published)
    {
        Assert.ThrowsAny<ArgumentException>(() => new WorkflowState(status, submissions, inForce, published, null, ImmutableArray<ReviewOpinion>.Empty));
    }
}
