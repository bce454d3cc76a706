using Jixiao.Diagnostics;
using Jixiao.Governance;
using Jixiao.Tests.Evaluation;

namespace Jixiao.Tests.Governance;

/// <summary>Every governance text exists in Chinese and English with the same placeholders, and every label has a text.</summary>
public sealed class GovernanceMessagesTests
{
    public static TheoryData<string> Keys => [.. MessageCatalog.Keys.Where(k => k.StartsWith("Workflow.", StringComparison.Ordinal) || k.StartsWith("Audit.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Both_languages_have_the_same_placeholders(string key)
    {
        var chinese = MessageCatalog.Get(key, Cultures.Chinese)!;
        var english = MessageCatalog.Get(key, Cultures.English)!;
        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.Equal(EvaluationMessagesTests.Placeholders(chinese), EvaluationMessagesTests.Placeholders(english));
    }

    [Fact]
    public void Every_status_action_and_capability_has_a_label()
    {
        WorkflowAction[] actions = [new EditAction(), new SubmitAction(), new ReturnAction([]), new ApproveAction(Jixiao.Targets.Grade.Good), new PublishAction(), new BeginAdjustmentAction()];
        var keys = Enum.GetValues<WorkflowStatus>().Select(s => s.Label().Key)
            .Concat(actions.Select(a => a.Label.Key))
            .Concat(Enum.GetValues<Capability>().Select(c => "Workflow.Capability." + c));
        Assert.All(keys, key => Assert.NotNull(MessageCatalog.Get(key, Cultures.Chinese)));
        Assert.All(Enum.GetValues<WorkflowStatus>(), s => Assert.Equal(s.ChineseName(), s.Label().Format(Cultures.Chinese)));
    }
}
