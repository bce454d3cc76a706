using Jixiao.Checks;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Checks;

/// <summary>Small builders for goal tables and a way to ask which findings a rule gives.</summary>
internal static class Lint
{
    /// <summary>
    /// One indicator row. A target with spaces between grade steps (<c>≥95优 ≥70良</c>) is read one row per
    /// step, as the seed writes ladders; anything else as one cell.
    /// </summary>
    public static Indicator Row(string level1, string level2, string name, string target,
        string basis = "计划标准", string? description = null, Direction? direction = null)
    {
        var context = TargetContext.For(level1, level2);
        var rows = target.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parsed = rows.Length > 1 && rows.All(TargetParser.IsGradeStep)
            ? TargetParser.ParseRows(rows, context)
            : TargetParser.Parse(target, context);
        return new Indicator(level1, level2, name, description ?? name + "的统计口径", parsed, basis, direction: direction);
    }

    /// <summary>An indicator under 产出指标/数量指标, the most common place.</summary>
    public static Indicator Output(string name, string target, string basis = "计划标准") => Row("产出指标", "数量指标", name, target, basis);

    /// <summary>A fund with a goal and the three required categories, plus the given rows.</summary>
    public static Fund Fund(string name, params Indicator[] rows) => new(name, ["完成年度工作任务"], [.. rows]);

    /// <summary>A well-formed table: every 产出 subcategory, 效益 and 满意度, each sound.</summary>
    public static Indicator[] SoundRows() =>
    [
        Row("产出指标", "数量指标", "培训人次", "≧735人次"),
        Row("产出指标", "质量指标", "案件审结率", "≥98百分比", "历史标准"),
        Row("产出指标", "时效指标", "办结时间", "≤30天"),
        Row("产出指标", "成本指标", "人均培训成本", "≤500元", "预算支出标准"),
        Row("效益指标", "社会效益指标", "司法公信力", "有效提升", "其他标准：年度工作报告"),
        Row("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "行业标准"),
    ];

    public static GoalSet Set(params Fund[] funds) =>
        new(new FiscalYear(2020), new Department("某县人民检察院"), DepartmentGoals.Empty, [.. funds]);

    /// <summary>A set of one fund with the sound rows and the given ones.</summary>
    public static GoalSet With(params Indicator[] rows) => Set(Fund("测试项目", [.. SoundRows(), .. rows]));

    public static IReadOnlyList<Finding> Findings(GoalSet goals, string rule) =>
        [.. Linter.Default.Lint(goals).Where(f => f.Rule == rule)];
}
