using static Jixiao.Tests.Checks.Lint;

namespace Jixiao.Tests.Checks.Rules;

/// <summary>The five ladder rules: each fires on its defect, at the step concerned, and is quiet on a sound ladder.</summary>
public sealed class LadderRuleTests
{
    public static TheoryData<string, string, string?> Bad => new()
    {
        { "ladder-overlap", "≥70优 ≥60良 ≥60中 <60差", "≥60中" },
        { "ladder-overlap", "≥90优 ≥70良 ≥50中 <60差", "<60差" },
        { "ladder-gap", "≥90优 ≥70良 60差", "60差" },
        { "ladder-gap", "≥90优 ≥70良 ≥60中 <50差", "<50差" },
        { "ladder-missing-operator", "≥90优 ≥70良 60差", "60差" },
        { "ladder-incomplete", "≥70优", null },
        { "ladder-incomplete", "≥90优 ≥70良 ≥60中", null },
        { "ladder-incomplete", "≥90优 ≥70良 ≥60中 ≥50差", null },
        { "ladder-order", "≥60优 ≥70良 ≥50中 <50差", "≥70良" },
        { "ladder-order", "≥90优 ≤70良 ≥50中 <50差", "≤70良" },
        { "ladder-order", "≥90优 ≥70中 ≥60良 <60差", "≥60良" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Fires_on_the_defect_at_its_step(string rule, string ladder, string? step)
    {
        var finding = Assert.Single(Findings(With(Output("案件数", ladder)), rule));
        Assert.Equal(step, finding.Step);
        Assert.Equal("案件数", finding.Indicator);
        Assert.Equal("测试项目", finding.Fund);
    }

    public static TheoryData<string> Sound => new()
    {
        "≥95优 ≥70良 ≥50中 <50差",
        "≥95优 ≥70良 ≥50中 ‹50差",
        ">90优 >80良 >60中 ≤60差",
        "≤5优 ≤10良 ≤20中 >20差",
    };

    [Theory]
    [MemberData(nameof(Sound))]
    public void A_sound_ladder_gives_no_ladder_finding(string ladder)
    {
        var findings = Findings(With(Output("案件数", ladder)), "ladder-overlap")
            .Concat(Findings(With(Output("案件数", ladder)), "ladder-gap"))
            .Concat(Findings(With(Output("案件数", ladder)), "ladder-missing-operator"))
            .Concat(Findings(With(Output("案件数", ladder)), "ladder-incomplete"))
            .Concat(Findings(With(Output("案件数", ladder)), "ladder-order"));
        Assert.Empty(findings);
    }

    [Fact]
    public void The_gap_message_names_the_uncovered_values_and_how_to_fix_them()
    {
        var finding = Assert.Single(Findings(With(Output("案件数", "≥90优 ≥70良 60差")), "ladder-gap"));
        var text = finding.Text(Jixiao.Diagnostics.Cultures.English);
        Assert.Contains("from 60 to 70", text, StringComparison.Ordinal);
        Assert.Contains("<60差", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_line_target_that_is_not_a_ladder_is_not_judged_as_one() =>
        Assert.Empty(Findings(With(Output("案件数", "≥95%")), "ladder-incomplete"));
}
