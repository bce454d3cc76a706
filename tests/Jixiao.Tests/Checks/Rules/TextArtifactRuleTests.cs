using System.Collections.Immutable;
using Jixiao.Goals;
using static Jixiao.Tests.Checks.Lint;

namespace Jixiao.Tests.Checks.Rules;

/// <summary>text-artifact over every text of the model.</summary>
public sealed class TextArtifactRuleTests
{
    public static TheoryData<string, string> Damaged => new()
    {
        { "\"信访", "Lint.text-artifact.StrayQuote" },
        { "专项资资金", "Lint.text-artifact.DoubledCharacter" },
        { "854万854万", "Lint.text-artifact.DoubledText" },
        { "[bookmark: _Toc28866444]计划标准", "Lint.text-artifact.ConversionMarker" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void Conversion_damage_in_a_cell_is_reported(string basis, string key)
    {
        var findings = Findings(With(Output("培训人数", "≥100人", basis)), "text-artifact");
        Assert.Contains(findings, f => f.Message.Key == key && f.Indicator == "培训人数");
    }

    [Theory]
    [InlineData("计划标准：“十三五”规划")]
    [InlineData("人人参与的培训计划标准")]
    public void Balanced_quotes_and_real_reduplications_are_quiet(string basis) =>
        Assert.Empty(Findings(With(Output("培训人数", "≥100人", basis)), "text-artifact"));

    [Fact]
    public void Fund_names_fund_goals_and_department_goals_are_checked_too()
    {
        var fund = new Fund("办案经费费", ["\"保障办案"], [.. SoundRows()]);
        var goals = new GoalSet(new FiscalYear(2020), new Department("某县人民检察院"),
            new DepartmentGoals(["[bookmark: _Toc1]承办交办事项"], [], []), ImmutableArray.Create(fund));
        var findings = Findings(goals, "text-artifact");
        Assert.Equal(3, findings.Count);
        Assert.Contains(findings, f => f.Fund is null);
    }
}
