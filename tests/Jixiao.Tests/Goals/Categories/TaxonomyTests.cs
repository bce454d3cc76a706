using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Evaluation.Policy;
using Jixiao.Goals.Categories;

namespace Jixiao.Tests.Goals.Categories;

/// <summary>The one taxonomy: its default, how a region overrides it, and what the scoring policy may say of it.</summary>
public sealed class TaxonomyTests
{
    [Fact]
    public void The_default_has_four_level_1_categories_with_cost_nested_in_output_and_scored_with_it()
    {
        var taxonomy = Taxonomy.Default;
        Assert.Equal(["产出指标", "效益指标", "满意度指标", "成本指标"], taxonomy.Categories.Select(c => c.Name));
        var cost = taxonomy.Find("cost")!;
        Assert.Equal((true, "产出指标", "产出指标", (decimal?)null), (cost.IsCost, cost.Within?.Name, cost.ScoresWith?.Name, cost.Weight));
        Assert.Equal([50m, 30m, 10m], taxonomy.Categories.Where(c => c.Weight is not null).Select(c => c.Weight!.Value));
    }

    [Fact]
    public void The_lint_profile_and_the_scoring_policy_read_the_same_taxonomy()
    {
        Assert.Same(Taxonomy.Default, CompiledProfile.Default.Taxonomy);
        Assert.Same(Taxonomy.Default, ScoringPolicy.Default.Taxonomy);
        Assert.Equal(Taxonomy.Default.Categories.Where(c => c.Weight is not null).Select(c => (c.Key, c.Name, c.Weight!.Value)),
            ScoringPolicy.Default.Categories.Select(c => (c.Key, c.Label, c.Weight)));
        Assert.Equal(Taxonomy.Default.Categories.Where(c => c.Required).Select(c => c.Name), CompiledProfile.Default.RequiredCategories);
    }

    [Theory]
    [InlineData("产出类指标", "数量指标", "output", NameStatus.Unknown)]
    [InlineData("效果指标", "社会效益指标", "benefit", NameStatus.Synonym)]
    [InlineData("产出指标（50 分）", "质量", "output", NameStatus.Standard)]
    [InlineData("其他指标", "数量指标", null, NameStatus.Unknown)]
    public void An_unlisted_name_is_placed_by_its_words_and_stays_unknown(string level1, string level2, string? key, NameStatus status)
    {
        var classified = Taxonomy.Default.Classify(level1, level2);
        Assert.Equal((key, status), (classified.Category?.Key, classified.Level1.Status));
    }

    [Fact]
    public void A_region_category_without_key_takes_the_defaults_of_the_same_name()
    {
        var (region, error) = LintProfile.Read("""{ "categories": [ { "name": "产出指标", "required": true }, { "name": "成本指标" } ] }"""u8, "region.json");
        Assert.Null(error);
        var taxonomy = new CompiledProfile(region!).Taxonomy;
        var cost = taxonomy.Find("cost")!;
        // 产出 lists no 成本指标 here, so cost stands only at level 1, still scored with 产出.
        Assert.Equal((true, (Category?)null, "output"), (cost.IsCost, cost.Within, cost.ScoresWith?.Key));
    }

    [Theory]
    [InlineData("""{ "categories": [ { "name": "产出指标" }, { "name": "产出指标" } ] }""", "twice")]
    [InlineData("""{ "categories": [ { "name": "产出指标", "scoresWith": "决策" } ] }""", "scoresWith")]
    public void A_region_taxonomy_that_cannot_hold_is_refused_naming_the_file(string json, string why)
    {
        var (profile, error) = LintProfile.Read(System.Text.Encoding.UTF8.GetBytes(json), "region.json");
        Assert.Null(profile);
        var message = error!.Message.Format(Cultures.English);
        Assert.Contains("region.json", message, StringComparison.Ordinal);
        Assert.Contains(why, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_group_that_is_no_category_needs_words()
    {
        var (policy, diagnostics) = ScoringPolicyReader.Read("""{ "categories": { "decision": { "label": "决策指标", "weight": 10 } } }"""u8, "policy.json");
        Assert.Null(policy);
        Assert.Contains(diagnostics, d => d.Message.ToString().Contains("$.categories.decision.matches", StringComparison.Ordinal));
        var (withWords, none) = ScoringPolicyReader.Read("""{ "categories": { "decision": { "label": "决策指标", "weight": 10, "matches": ["决策"] } } }"""u8, "policy.json");
        Assert.Empty(none);
        Assert.Equal("decision", withWords!.CategoryOf("决策指标")?.Key);
    }

    [Theory]
    [InlineData("产出指标(50分)", "产出指标", "50")]
    [InlineData("产出指标（ 50.5 分 ）", "产出指标", "50.5")]
    [InlineData("效益指标", "效益指标", null)]
    [InlineData("满意度指标（必填）", "满意度指标（必填）", null)]
    public void A_label_gives_its_points_once_for_every_reader(string written, string label, string? points)
    {
        Assert.Equal((label, points is null ? null : decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)), CategoryLabel.Split(written));
    }
}
