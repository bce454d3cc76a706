using System.Collections.Immutable;
using Jixiao.Goals;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Tests.Governance;

/// <summary>修订对照: what changed between two versions, indicator by indicator.</summary>
public sealed class RedlineTests
{
    private static Indicator Row(string name, string target = "≥95%", string level2 = "质量指标", string description = "", string basis = "计划标准",
        decimal? weight = 10, Direction? direction = null, string level1 = "产出指标") =>
        new(level1, level2, name, description, TargetParser.Parse(target), basis, weight is { } w ? new Weight(w) : null, direction);

    private static GoalSet Set(params Fund[] funds) => new(new FiscalYear(2020), new Department("某县人民检察院"), new DepartmentGoals(["目标一"], ["分项一"], ["措施一"]), [.. funds]);

    private static Fund Fund(params Indicator[] rows) => new("办案专项", ["目标甲"], [.. rows], new FundMoney(100000m, 100000m));

    private static readonly Indicator Base = Row("案件流转率");

    /// <summary>A change to one field of one row: the field's column name, old and new text.</summary>
    public static TheoryData<string, string?, string?> FieldEdits => new()
    {
        { "一级指标", "产出指标", "效益指标" },
        { "二级指标", "质量指标", "数量指标" },
        { "绩效指标描述", "", "按月统计" },
        { "指标值", "≥95%", "≥98%" },
        { "指标值确定依据", "计划标准", "历史标准" },
        { "分值", "10", "12.5" },
        { "指标性质", null, "正向" },
    };

    [Theory]
    [MemberData(nameof(FieldEdits))]
    public void A_changed_field_comes_with_old_and_new_values(string field, string? before, string? after)
    {
        var edited = field switch
        {
            "一级指标" => Row("案件流转率", level1: after!),
            "二级指标" => Row("案件流转率", level2: after!),
            "绩效指标描述" => Row("案件流转率", description: after!),
            "指标值" => Row("案件流转率", target: after!),
            "指标值确定依据" => Row("案件流转率", basis: after!),
            "分值" => Row("案件流转率", weight: 12.5m),
            _ => Row("案件流转率", direction: Direction.Positive),
        };
        var redline = Redline.Between(Set(Fund(Base)), Set(Fund(edited)));
        var change = Assert.Single(redline.Indicators);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal([new FieldChange(field, before, after)], change.Fields);
    }

    [Fact]
    public void Equal_versions_give_an_empty_redline_and_a_weight_of_10_0_is_10()
    {
        Assert.True(Redline.Between(Set(Fund(Base)), Set(Fund(Row("案件流转率", weight: 10.0m)))).IsEmpty);
    }

    [Fact]
    public void A_renamed_indicator_in_the_same_place_is_changed_not_removed_and_added()
    {
        var before = Set(Fund(Row("案件流转率"), Row("结案率")));
        var after = Set(Fund(Row("案件流转率"), Row("依法结案率")));
        var change = Assert.Single(Redline.Between(before, after).Indicators);
        Assert.Equal((ChangeKind.Changed, 2, 2), (change.Kind, change.BeforePosition, change.AfterPosition));
        Assert.Equal([new FieldChange("三级指标", "结案率", "依法结案率")], change.Fields);
    }

    [Fact]
    public void A_renamed_indicator_that_also_moved_pairs_when_it_is_the_only_candidate_of_its_group()
    {
        var before = Set(Fund(Row("结案率", level2: "数量指标"), Row("案件流转率")));
        var after = Set(Fund(Row("案件流转率"), Row("依法结案率", level2: "数量指标")));
        var change = Assert.Single(Redline.Between(before, after).Indicators);
        Assert.Equal((ChangeKind.Changed, 1, 2), (change.Kind, change.BeforePosition, change.AfterPosition));
    }

    [Fact]
    public void Added_and_removed_rows_are_listed_with_their_positions()
    {
        var before = Set(Fund(Row("案件流转率"), Row("结案率", level2: "时效指标")));
        var after = Set(Fund(Row("新增指标", level2: "数量指标"), Row("案件流转率")));
        var changes = Redline.Between(before, after).Indicators;
        Assert.Equal([(ChangeKind.Added, "新增指标", (int?)1), (ChangeKind.Removed, "结案率", 2)],
            changes.Select(c => (c.Kind, c.Key.Name, c.Kind == ChangeKind.Added ? c.AfterPosition : c.BeforePosition)));
    }

    [Fact]
    public void A_name_written_twice_pairs_in_order()
    {
        var before = Set(Fund(Row("满意度", target: "≥90%"), Row("满意度", target: "≥80%")));
        var after = Set(Fund(Row("满意度", target: "≥90%"), Row("满意度", target: "≥85%")));
        var change = Assert.Single(Redline.Between(before, after).Indicators);
        Assert.Equal((2, "≥80%", "≥85%"), (change.AfterPosition, change.Fields[0].Before, change.Fields[0].After));
    }

    [Fact]
    public void Part_one_lines_fund_goals_and_money_are_compared()
    {
        var before = Set(Fund(Base));
        var after = new GoalSet(before.Year, before.Department, new DepartmentGoals(["目标零", "目标一"], ["分项一（修订）"], []),
            [new Fund("办案专项", ["目标甲", "目标乙"], [Base], new FundMoney(120000m, 100000m)), new Fund("新专项", [], [])]);
        var redline = Redline.Between(before, after);
        Assert.Equal(
            [(ChangeKind.Added, "总体绩效目标", (string?)null, (string?)"目标零"), (ChangeKind.Changed, "分项绩效目标", "分项一", "分项一（修订）"),
             (ChangeKind.Removed, "工作保障措施", "措施一", null), (ChangeKind.Added, "办案专项 绩效目标", null, "目标乙")],
            redline.Lines.Select(l => (l.Kind, l.List, l.Before, l.After)));
        Assert.Equal([(ChangeKind.Changed, "办案专项"), (ChangeKind.Added, "新专项")], redline.Funds.Select(f => (f.Kind, f.Fund)));
        Assert.Equal([new FieldChange("年度资金总额", "100000", "120000")], redline.Funds[0].Money);
    }

    [Fact]
    public void A_removed_fund_removes_its_indicators()
    {
        var redline = Redline.Between(Set(Fund(Base, Row("结案率"))), Set());
        Assert.Equal([ChangeKind.Removed], redline.Funds.Select(f => f.Kind));
        Assert.Equal(2, redline.Indicators.Count(i => i.Kind == ChangeKind.Removed));
    }

    [Fact]
    public void The_seed_against_itself_is_empty_and_the_redline_is_deterministic()
    {
        var seed = Samples.Seed();
        Assert.True(Redline.Between(seed, seed).IsEmpty);
        var fund = seed.Funds[0];
        var edited = new GoalSet(seed.Year, seed.Department, seed.Overall,
            [new Fund(fund.Name, fund.Goals, [.. fund.Indicators.Skip(1).Reverse()], fund.Money), .. seed.Funds.Skip(1)]);
        var first = Redline.Between(seed, edited);
        Assert.Equal(first.Indicators.Select(i => (i.Kind, i.Key)), Redline.Between(seed, edited).Indicators.Select(i => (i.Kind, i.Key)));
        Assert.Contains(first.Indicators, i => i.Kind == ChangeKind.Removed);
    }

    private static RowIds Ids(int fund, params int[] indicators) => new([new FundRowIds(fund, [.. indicators])]);

    [Fact]
    public void With_row_ids_a_renamed_and_moved_indicator_is_the_same_row_changed()
    {
        var before = Set(Fund(Base, Row("结案率")));
        var after = Set(Fund(Row("结案率"), Row("案件流转周期达标率", level2: "时效指标")));

        var byName = Redline.Between(before, after);
        var byId = Redline.Between(before, after, Ids(1, 10, 11), Ids(1, 11, 10));

        Assert.Equal([ChangeKind.Added, ChangeKind.Removed], byName.Indicators.Select(i => i.Kind));
        var changed = Assert.Single(byId.Indicators);
        Assert.Equal((ChangeKind.Changed, 1, 2), (changed.Kind, changed.BeforePosition, changed.AfterPosition));
        Assert.Equal(["三级指标", "二级指标"], changed.Fields.Select(f => f.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_row_ids_two_rows_of_one_name_are_paired_each_with_itself()
    {
        var before = Set(Fund(Row("服务对象满意度", target: "≥90%"), Row("服务对象满意度", target: "≥85%")));
        var after = Set(Fund(Row("服务对象满意度", target: "≥85%"), Row("服务对象满意度", target: "≥92%")));

        var changed = Assert.Single(Redline.Between(before, after, Ids(1, 20, 21), Ids(1, 21, 20)).Indicators);

        Assert.Equal(("≥90%", "≥92%"), (changed.Before!.Target.Text, changed.After!.Target.Text));
    }

    [Fact]
    public void A_renamed_fund_is_paired_by_id_and_ids_that_do_not_fit_fall_back_to_names()
    {
        var before = Set(Fund(Base));
        var renamed = Set(new Fund("办案专项（更名）", ["目标甲"], [Base], new FundMoney(100000m, 100000m)));

        Assert.True(Redline.Between(before, renamed, Ids(1, 10), Ids(1, 10)).Indicators.IsEmpty);
        Assert.Equal(2, Redline.Between(before, renamed).Indicators.Length);
        Assert.Equal(2, Redline.Between(before, renamed, Ids(1, 10, 11), Ids(1, 10)).Indicators.Length);
    }
}
