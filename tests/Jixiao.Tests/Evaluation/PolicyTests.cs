using System.Text;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Targets;

namespace Jixiao.Tests.Evaluation;

/// <summary>The scoring policy is data: defaults of rules.md §5, overridden by a region and by a fund.</summary>
public sealed class PolicyTests
{
    private static ScoringPolicy Read(string json)
    {
        var (policy, diagnostics) = ScoringPolicyReader.Read(Encoding.UTF8.GetBytes(json), "policy.json");
        Assert.Empty(diagnostics);
        return policy!;
    }

    [Fact]
    public void The_defaults_are_those_of_the_rules()
    {
        var policy = ScoringPolicy.Default;
        Assert.Equal(10m, policy.BudgetWeight);
        Assert.Equal([50m, 30m, 10m], policy.Categories.Select(c => c.Weight));
        Assert.Equal([1m, 0.8m, 0.6m, 0m], policy.LadderShares);
        Assert.Equal([90m, 80m, 60m], policy.GradeBands);
        Assert.Equal(2, policy.Decimals);
        Assert.Equal("output", policy.CategoryOf("效果指标") is { } c && c.Key == "benefit" ? "output" : "wrong");
    }

    [Fact]
    public void A_region_overrides_some_values_and_keeps_the_rest()
    {
        var policy = Read("""{ "ladderPercent": { "good": 85 }, "gradeBands": { "excellent": 95 } }""");
        Assert.Equal([1m, 0.85m, 0.6m, 0m], policy.LadderShares);
        Assert.Equal(Grade.Good, policy.GradeOf(94m));
        Assert.Equal(10m, policy.BudgetWeight);
    }

    [Fact]
    public void A_fund_override_applies_to_that_fund_only()
    {
        var policy = Read("""{ "budget": { "weight": 20 }, "funds": { "办公用房租赁费": { "budget": { "weight": 30 } } } }""");
        Assert.Equal(20m, policy.BudgetWeight);
        Assert.Equal(30m, policy.For("办公用房租赁费").BudgetWeight);
        Assert.Equal(20m, policy.For("其他").BudgetWeight);
    }

    [Fact]
    public void The_ladder_share_override_changes_the_score()
    {
        var policy = Read("""{ "ladderPercent": { "good": 90 } }""");
        var seed = Samples.Seed().Funds[0].Indicators[0];
        Assert.Equal(45m, IndicatorScorer.Score(seed, Build.Actual("72"), 50, policy).Score);
    }

    [Theory]
    [InlineData("""{ "budget": { "weight": -1 } }""", "$.budget.weight")]
    [InlineData("""{ "gradeBands": { "good": 95 } }""", "$.gradeBands")]
    [InlineData("""{ "qualitativePercent": { "partial": { "default": 90 } } }""", "$.qualitativePercent.partial")]
    [InlineData("""{ "departmentTotal": "median" }""", "$.departmentTotal")]
    public void Bad_values_are_reported_with_their_path_and_give_no_policy(string json, string path)
    {
        var (policy, diagnostics) = ScoringPolicyReader.Read(Encoding.UTF8.GetBytes(json), "policy.json");
        Assert.Null(policy);
        Assert.Contains(diagnostics, d => d.Code == "policy-invalid" && d.Message.ToString().Contains(path, StringComparison.Ordinal));
    }
}
