using System.Collections.Immutable;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats;

/// <summary>Re-imported documents without 行标识 line up with the stored rows by content, names and position — never a different indicator.</summary>
public sealed class DocumentMatchTests
{
    private static Indicator Row(string level1, string level2, string name, string target = "≥90%", string? description = null) =>
        new(level1, level2, name, description ?? name + "的描述", TargetParser.Parse(target), "计划标准", new Weight(10));

    private static readonly Indicator Count = Row("产出指标", "数量指标", "办案数量", "≥100件");
    private static readonly Indicator Rate = Row("产出指标", "质量指标", "案件流转率");
    private static readonly Indicator Twin1 = Row("满意度指标", "服务对象满意度指标", "服务对象满意度", description: "办案人员满意度");
    private static readonly Indicator Twin2 = Row("满意度指标", "服务对象满意度指标", "服务对象满意度", description: "来访群众满意度");

    private static GoalSet Goals(params Indicator[] rows) =>
        new(new FiscalYear(2020), new Department("某县人民检察院"), new DepartmentGoals([], [], []),
            [new Fund("办案经费", [], [.. rows])]);

    private static readonly GoalSet Stored = Goals(Count, Rate, Twin1, Twin2);

    public static TheoryData<string, Indicator[], int?[], string> Cases => new()
    {
        { "the same rows", [Count, Rate, Twin1, Twin2], [0, 1, 2, 3], "" },
        { "reordered", [Rate, Count, Twin2, Twin1], [1, 0, 3, 2], "" },
        { "a target edited", [Count, Row("产出指标", "质量指标", "案件流转率", "≥95%"), Twin1, Twin2], [0, 1, 2, 3], "changed F1-I2" },
        { "renamed in place", [Count, Row("产出指标", "质量指标", "案件流转及时率"), Twin1, Twin2], [0, 1, 2, 3], "changed F1-I2" },
        { "a different indicator in a removed one's place", [Count, Row("效益指标", "社会效益指标", "司法公信力"), Twin1, Twin2], [0, null, 2, 3], "added; removed F1-I2" },
        { "a twin removed", [Count, Rate, Twin2], [0, 1, 3], "removed F1-I3" },
        { "a row added at the top", [Row("产出指标", "时效指标", "办结及时率"), Count, Rate, Twin1, Twin2], [null, 0, 1, 2, 3], "added" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Rows_line_up_with_the_stored_ones(string what, Indicator[] incoming, int?[] expected, string changes)
    {
        var match = DocumentMatch.Between(Stored, Goals(incoming));

        Assert.Equal(expected, match.Indicators[0].ToArray());
        var listed = string.Join("; ", match.Preview.Changes.Select(c => (c.Kind.ToString().ToLowerInvariant() + " " + c.RowId).Trim()));
        Assert.True(changes == listed, $"{what}: {listed}");
        Assert.Equal(what == "the same rows", match.IsSameAsStored);
    }

    [Fact]
    public void A_new_fund_is_added_and_a_missing_one_removed_with_its_rows()
    {
        var incoming = new GoalSet(Stored.Year, Stored.Department, Stored.Overall, [new Fund("装备经费", [], [Count])]);

        var match = DocumentMatch.Between(Stored, incoming);

        Assert.Equal([(int?)null], match.Funds.ToArray());
        Assert.Equal(1, match.Preview.Count(ChangeKind.Added));
        Assert.Equal(4, match.Preview.Count(ChangeKind.Removed));
    }
}
