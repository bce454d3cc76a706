using Jixiao.Diagnostics;
using Jixiao.Goals;
using static Jixiao.Tests.Checks.Lint;

namespace Jixiao.Tests.Checks.Rules;

/// <summary>category-nonstandard, category-missing, subcategory-missing, subcategory-mismatch.</summary>
public sealed class CategoryRuleTests
{
    public static TheoryData<string, string, string> Nonstandard => new()
    {
        { "效果指标", "社会效益指标", "效益指标" },
        { "项目完成指标", "数量指标", "产出指标" },
        { "项目效益指标", "经济效益指标", "效益指标" },
        { "效益指标", "环境效益指标", "生态效益指标" },
        { "满意度指标", "社会公众或服务对象满意度指标", "服务对象满意度指标" },
        { "绩效指标", "数量指标", "产出指标、效益指标、满意度指标、成本指标" },
        { "产出指标", "工作指标", "数量指标、质量指标、时效指标、成本指标" },
    };

    [Theory]
    [MemberData(nameof(Nonstandard))]
    public void A_nonstandard_name_is_reported_with_the_standard_one(string level1, string level2, string suggestion)
    {
        var finding = Assert.Single(Findings(With(Row(level1, level2, "某项工作完成数", "≥10件")), "category-nonstandard"));
        Assert.Contains(suggestion, finding.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Accepted => new()
    {
        { "产出指标", "数量指标" },
        { "产出指标(50分)", "数量指标" },
        { "产出指标（50分）", "质量" },
        { "效益指标", "社会效益" },
        { "成本指标", "经济成本指标" },
        { "产出", "成本指标" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Standard_names_and_their_accepted_spellings_are_quiet(string level1, string level2) =>
        Assert.Empty(Findings(With(Row(level1, level2, "某项工作完成数", "≥10件")), "category-nonstandard"));

    [Fact]
    public void A_merged_cell_is_reported_once_not_once_per_row()
    {
        var goals = With(Row("效果指标", "社会效益指标", "甲", "有效提升"), Row("效果指标", "社会效益指标", "乙", "有效提升"));
        Assert.Single(Findings(goals, "category-nonstandard"));
    }

    [Fact]
    public void A_fund_without_satisfaction_indicators_lacks_that_category()
    {
        var goals = Set(Fund("项目", [.. SoundRows().Where(r => r.Level1 != "满意度指标")]));
        var finding = Assert.Single(Findings(goals, "category-missing"));
        Assert.Contains("满意度指标", finding.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Empty(Findings(With(), "category-missing"));
    }

    [Fact]
    public void Effect_written_as_效果指标_still_counts_as_the_benefit_category()
    {
        var goals = Set(Fund("项目", [.. SoundRows().Where(r => r.Level1 != "效益指标"), Row("效果指标", "社会效益指标", "公信力", "有效提升")]));
        Assert.Empty(Findings(goals, "category-missing"));
    }

    [Fact]
    public void Output_with_only_quality_indicators_is_advised_to_add_the_others()
    {
        var goals = Set(Fund("项目", [.. SoundRows().Where(r => r.Level1 != "产出指标" || r.Level2 == "质量指标")]));
        var finding = Assert.Single(Findings(goals, "subcategory-missing"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Null(finding.Indicator);
        Assert.Contains("数量指标、时效指标、成本指标", finding.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Empty(Findings(With(), "subcategory-missing"));
    }

    [Fact]
    public void Cost_as_a_category_of_its_own_covers_the_output_cost_subcategory()
    {
        var rows = SoundRows().Where(r => r.Level2 != "成本指标").Append(Row("成本指标", "经济成本指标", "人均成本", "≤500元"));
        Assert.Empty(Findings(Set(Fund("项目", [.. rows])), "subcategory-missing"));
    }

    [Fact]
    public void A_subcategory_under_the_wrong_category_is_reported_with_the_right_one()
    {
        var finding = Assert.Single(Findings(With(Row("产出指标", "社会效益", "公信力", "有效提升")), "subcategory-mismatch"));
        Assert.Contains("效益指标", finding.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Empty(Findings(With(), "subcategory-mismatch"));
    }

    [Fact]
    public void A_fund_with_no_goal_statement_is_an_error()
    {
        var fund = new Fund("项目", [], [.. SoundRows()]);
        Assert.Equal(Severity.Error, Assert.Single(Findings(Set(fund), "goal-missing")).Severity);
        Assert.Empty(Findings(With(), "goal-missing"));
    }
}
