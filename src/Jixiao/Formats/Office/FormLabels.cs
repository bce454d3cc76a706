namespace Jixiao.Formats.Office;

/// <summary>Label cells of the forms (申报表, 自评表, the overall sheet) and what they introduce.</summary>
internal static class FormLabels
{
    public static readonly HashSet<string> FundName = ["项目名称", "专项资金名称", "资金名称"];

    public static readonly HashSet<string> Department = ["部门名称", "部门(单位)名称", "单位名称", "主管部门", "主管部门及代码", "预算单位", "部门"];

    public static readonly HashSet<string> Year = ["预算年度", "年度"];

    public static readonly HashSet<string> Goals =
        ["绩效目标", "年度目标", "年度绩效目标", "总体目标", "年度总体目标", "项目绩效目标", "绩效目标(年度目标)", "预期目标",
         "整体绩效目标", "部门整体绩效目标", "年度整体绩效目标", "部门年度绩效目标"];

    /// <summary>Labels that name the department of a 部门整体 form (its table is the department's, not a project's).</summary>
    public static readonly HashSet<string> WholeDepartment = ["部门(单位)名称", "部门名称", "单位名称", "预算单位名称"];

    /// <summary>Rows after an indicator table that end it (自评表 footers, sums, signatures).</summary>
    public static readonly HashSet<string> Terminal =
        ["总分", "其他需要说明事项", "评价结论", "存在问题", "改进措施", "项目负责人", "财务负责人", "合计", "填报人", "审核人"];

    public static readonly HashSet<string> BudgetColumns = ["年初预算数", "年初预算", "全年预算数", "调整后预算数", "全年执行数", "预算执行数", "分值", "权重", "得分"];

    /// <summary>The money line a label names: total, fiscal or other; null for any other label.</summary>
    public static string? MoneyLabel(string compact) => compact switch
    {
        "年度资金总额" or "资金总额" or "项目资金总额" => "年度资金总额",
        "其中:财政拨款" or "财政拨款" or "其中:当年财政拨款" or "当年财政拨款" => "财政拨款",
        "其他资金" => "其他资金",
        _ => null,
    };
}
