namespace Jixiao.Formats.Layout;

/// <summary>
/// 表样 — the kind of form a document or a part of it is, as its title or its columns say (templates.md).
/// Reported per file by batch reading, so that a bureau digitising years of documents sees what was recognised.
/// </summary>
public enum FormKind
{
    /// <summary>部门预算绩效信息: the seed's disclosure (第一部分 lists, one goal table per fund).</summary>
    Disclosure,
    /// <summary>项目支出绩效目标申报表 / 项目支出预算绩效目标表: one project's goals.</summary>
    ProjectGoals,
    /// <summary>部门整体支出绩效目标申报表: the whole department's goals.</summary>
    DepartmentGoals,
    /// <summary>Several projects flattened into one table, one row per indicator.</summary>
    FlatProjects,
    /// <summary>项目支出绩效自评表 (10号 or Sichuan layout).</summary>
    ProjectSelfEvaluation,
    /// <summary>部门整体支出绩效自评表: the whole department's self-evaluation with a total and grade.</summary>
    DepartmentSelfEvaluation,
    /// <summary>绩效评价评分表: 一级/权重/二级/分值/三级/评分标准/得分 (部门评价, 财政评价).</summary>
    ScoreSheet,
    /// <summary>绩效监控表 (mid-year monitoring).</summary>
    Monitoring,
    /// <summary>An indicator table without a title that says which form it is.</summary>
    GoalTable,
}
