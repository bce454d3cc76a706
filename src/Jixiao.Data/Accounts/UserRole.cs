namespace Jixiao.Data.Accounts;

/// <summary>角色: what a signed-in user may do, and over which departments (<see cref="JixiaoUser"/>).</summary>
public enum UserRole
{
    /// <summary>系统管理员: every department and region, users.</summary>
    Administrator,

    /// <summary>财政审核: reviews, returns and approves the departments of one region (区划).</summary>
    FinanceReviewer,

    /// <summary>部门填报: drafts, edits and submits the goals and self-evaluation of one department.</summary>
    DepartmentEditor,

    /// <summary>部门查看: reads one department's goals and self-evaluation.</summary>
    DepartmentViewer,

    /// <summary>
    /// 审计员: reads the whole audit trail and verifies its chain, and nothing else: no department's goals, no users (三员
    /// 分立: the administrator manages, the auditor checks what everyone did, the administrator included).
    /// </summary>
    Auditor,
}
