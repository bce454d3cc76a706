using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.DisclosureText;

/// <summary>The seed imports field for field (issue: core, "What it must show").</summary>
public sealed class SeedImportTests
{
    private static readonly GoalSet Seed = Samples.Seed();

    [Fact]
    public void Year_and_department_come_from_the_title_and_the_option()
    {
        Assert.Equal(2020, Seed.Year.Value);
        Assert.Equal("某县人民检察院", Seed.Department.Name);
    }

    [Fact]
    public void Overall_goals_are_the_twelve_items_without_numbering()
    {
        string[] expected =
        [
            "执行国家法律法规，贯彻落实上级人民检察院、同级党委工作部署，制定检察工作目标，完成各项检察工作任务。",
            "依法办理审查批准逮捕、决定逮捕案件，实施立案侦查监督、侦查活动监督。",
            "依法办理审查起诉、提起公诉、抗诉案件，对人民法院刑事审判活动实行监督工作。",
            "对刑罚执行和监管活动实行监督，维护刑罚执行和监管活动的公平公正，维护监管秩序稳定。",
            "受理公民的报案、举报、控告和刑事申诉，依法处理举报线索，办理刑事申诉、国家赔偿、司法救助案件。",
            "对人民法院民事诉讼和行政诉讼实行法律监督。",
            "开展公益诉讼检察工作。",
            "开展未成年人检察工作。",
            "负责检察队伍建设和思想政治工作，对检察人员进行教育培训，负责检察机关党的思想、组织、作风建设。",
            "按照干部管理权限，协同地方党委、上级人民检察院管理本院检察人员，提请本级人民代表大会常务委员会决定任免副检察长、检察委员会委员、检察员。",
            "规划落实检察机关财务装备工作，开展检察机关信息化建设、检察技术工作。",
            "承办上级检察院交办的其他事项。",
        ];
        Assert.Equal(expected, Seed.Overall.Goals);
    }

    [Fact]
    public void Sub_goals_and_safeguards_are_three_items_each_without_numbering()
    {
        Assert.Equal(3, Seed.Overall.SubGoals.Length);
        Assert.StartsWith("保障本机关查办职务犯罪案件安全无事故", Seed.Overall.SubGoals[0], StringComparison.Ordinal);
        Assert.StartsWith("负责对受理案件的登记和归口分流", Seed.Overall.SubGoals[1], StringComparison.Ordinal);
        Assert.StartsWith("负责辖区内刑事犯罪案件的审查逮捕", Seed.Overall.SubGoals[2], StringComparison.Ordinal);
        Assert.EndsWith("依法对民事、行政诉讼和审判活动进行法律监督。", Seed.Overall.SubGoals[2], StringComparison.Ordinal);
        Assert.Equal(3, Seed.Overall.Safeguards.Length);
        Assert.StartsWith("综合办公室发挥保障、服务职能", Seed.Overall.Safeguards[0], StringComparison.Ordinal);
        Assert.StartsWith("案件管理办公室对本机关受理案件", Seed.Overall.Safeguards[1], StringComparison.Ordinal);
        Assert.StartsWith("刑事检察科保障人权", Seed.Overall.Safeguards[2], StringComparison.Ordinal);
        Assert.EndsWith("保障国家法律的统一正确实施。", Seed.Overall.Safeguards[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Two_funds_with_their_goal_statements()
    {
        Assert.Equal(["办案业务、办案设备及科技强检经费", "办公用房租赁费"], Seed.Funds.Select(f => f.Name));
        Assert.Equal(
            ["保护公民、法人和其他单位的合法权益，促进司法公正，维护社会稳定", "规范司法行为，有效实施民事案件审判监督，维护司法公正和司法权威，保障国家法律的统一正确实施。"],
            Seed.Funds[0].Goals);
        Assert.Equal(["发挥保障服务职能", "确保各项检察工作顺利开展提供场所"], Seed.Funds[1].Goals);
        Assert.All(Seed.Funds, f => Assert.Null(f.Money));
    }

    public static TheoryData<int, int, string, string, string, string, string, string> Indicators => new()
    {
        { 0, 0, "产出指标", "质量指标", "案件流转率", "批捕准确率和有罪判决率", "受理案件", "≥95优 ≥70良 ≥50中 <50差" },
        { 0, 1, "效果指标", "社会效益指标", "采纳率", "民事申诉案件上级采纳率及检察建议采纳率", "民事申诉案件及公益诉讼", "≥70优 ≥60良 ≥60中" },
        { 0, 2, "满意度指标", "服务对象满意度指标", "涉检信访案件办结率", "按程序处理信访案件占全年受理信访案件比例", "\"信访", "≥70优" },
        { 1, 0, "产出指标", "质量指标", "保障各项检察工作", "各项检务保障工作完成率", "检务保障", "≥90优 ≥70良 60差" },
        { 1, 1, "效果指标", "社会效益指标", "采纳率", "民事申诉案件上级采纳率及检察建议采纳率", "民事申诉案件及公益诉讼", "≥70优" },
        { 1, 2, "满意度指标", "服务对象满意度指标", "涉检信访案件办结率", "已按程序处理信访案件占全年受理信访案件比例", "\"信访", "≥70优" },
    };

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Each_indicator_is_imported_as_written(int fund, int index, string level1, string level2, string name, string description, string basis, string target)
    {
        var indicator = Seed.Funds[fund].Indicators[index];
        Assert.Equal(level1, indicator.Level1);
        Assert.Equal(level2, indicator.Level2);
        Assert.Equal(name, indicator.Name);
        Assert.Equal(description, indicator.Description);
        Assert.Equal(basis, indicator.Basis);
        Assert.Equal(target, indicator.Target.Text);
        Assert.Equal(TargetKind.Ladder, indicator.Target.Kind);
        Assert.Null(indicator.Weight);
        Assert.Null(indicator.Direction);
    }

    [Fact]
    public void Each_fund_has_exactly_three_indicators() =>
        Assert.Equal([3, 3], Seed.Funds.Select(f => f.Indicators.Length));

    public static TheoryData<int, int, string> LadderSteps => new()
    {
        { 0, 0, "优 ge 95|良 ge 70|中 ge 50|差 lt 50" },
        { 0, 1, "优 ge 70|良 ge 60|中 ge 60" },
        { 0, 2, "优 ge 70" },
        { 1, 0, "优 ge 90|良 ge 70|差 - 60" },
        { 1, 1, "优 ge 70" },
        { 1, 2, "优 ge 70" },
    };

    [Theory]
    [MemberData(nameof(LadderSteps))]
    public void Every_ladder_step_is_kept_exactly_including_the_defective_ones(int fund, int index, string expected)
    {
        var ladder = Assert.IsType<LadderTarget>(Seed.Funds[fund].Indicators[index].Target).Ladder;
        var actual = string.Join("|", ladder.Steps.Select(s =>
            $"{s.Grade.ChineseName()} {(s.Comparator is { } c ? c.Code() : "-")} {s.Value}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Each_ladder_row_remembers_its_line()
    {
        var indicator = Seed.Funds[0].Indicators[0];
        Assert.Equal(4, indicator.Sources.Length);
        Assert.All(indicator.Sources, s => Assert.NotNull(s.Line));
        Assert.True(indicator.Sources[0].Line < indicator.Sources[3].Line);
    }

    [Fact]
    public void The_doubled_character_in_the_part_two_heading_is_reported_not_dropped()
    {
        var result = DisclosureTextReader.Read(Samples.Text(Samples.SeedFile), new DisclosureReadOptions(Samples.SeedFile, Samples.SeedDepartment));
        var artifact = Assert.Single(result.Diagnostics);
        Assert.Equal("text-artifact", artifact.Code);
        Assert.Equal(Severity.Warning, artifact.Severity);
        Assert.Equal(26, artifact.Where?.Line);
        Assert.Contains("资资", artifact.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
    }
}
