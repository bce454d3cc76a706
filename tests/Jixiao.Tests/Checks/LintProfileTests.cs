using System.Text;
using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Goals.Categories;
using static Jixiao.Tests.Checks.Lint;

namespace Jixiao.Tests.Checks;

/// <summary>The configuration is data: embedded by default, overridable by a region's file.</summary>
public sealed class LintProfileTests
{
    [Fact]
    public void The_default_profile_has_the_taxonomy_and_the_five_bases()
    {
        var profile = CompiledProfile.Default;
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], profile.RequiredCategories);
        Assert.Equal(["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"], profile.Bases);
        Assert.Equal(NameStatus.Synonym, profile.Taxonomy.ResolveLevel1("效果指标").Status);
    }

    [Fact]
    public void A_region_file_replaces_the_sections_it_names_and_keeps_the_rest()
    {
        var json = """{ "bases": ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准", "受理案件"], "severities": { "basis-nonstandard": "error", "ladder-incomplete": "off" } }""";
        var (region, error) = LintProfile.Read(Encoding.UTF8.GetBytes(json), "region.json");
        Assert.Null(error);
        var linter = new Linter(new CompiledProfile(region!));
        var goals = With(Output("案件数", "≥70优", "检务保障"), Output("受理数", "≥10件", "受理案件"));
        var findings = linter.Lint(goals);
        var basis = Assert.Single(findings, f => f.Rule == "basis-nonstandard");
        Assert.Equal(("案件数", Severity.Error), (basis.Indicator, basis.Severity));
        Assert.DoesNotContain(findings, f => f.Rule == "ladder-incomplete");
        Assert.Equal(NameStatus.Synonym, linter.Profile.Taxonomy.ResolveLevel1("效果指标").Status);
    }

    [Theory]
    [InlineData("{ \"bases\": 5 }")]
    [InlineData("{ \"basis\": [] }")]
    [InlineData("not json")]
    [InlineData("{ \"categories\": [ { \"subcategories\": [] } ] }")]
    [InlineData("{ \"bases\": [ null ] }")]
    [InlineData("{ \"synonyms\": { \"效果指标\": null } }")]
    [InlineData("{ \"severities\": { \"basis-missing\": \"fatal\" } }")]
    public void A_malformed_profile_is_a_diagnostic_naming_the_file(string json)
    {
        var (profile, error) = LintProfile.Read(Encoding.UTF8.GetBytes(json), "region.json");
        Assert.Null(profile);
        Assert.Contains("region.json", error!.Message.Format(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_without_subcategories_is_a_category_with_none()
    {
        var (region, error) = LintProfile.Read("""{ "categories": [ { "name": "产出指标", "required": true } ] }"""u8, "region.json");
        Assert.Null(error);
        var linter = new Linter(new CompiledProfile(region!));
        Assert.NotEmpty(linter.Lint(With()));
    }

    [Fact]
    public void Every_rule_has_a_fix_hint_in_both_languages_and_a_unique_id()
    {
        var rules = Linter.AllRules(CompiledProfile.Default);
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, rule =>
        {
            var zh = LocalizedText.Get(rule.FixKey, Cultures.Chinese);
            var en = LocalizedText.Get(rule.FixKey, Cultures.English);
            Assert.NotEqual(rule.FixKey, zh);
            Assert.NotEqual(zh, en);
        });
    }

    [Fact]
    public void Every_rule_is_documented_in_docs_rules_md()
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "rules.md"));
        Assert.All(Linter.AllRules(CompiledProfile.Default), rule => Assert.Contains("## " + rule.Id, docs, StringComparison.Ordinal));
    }
}
