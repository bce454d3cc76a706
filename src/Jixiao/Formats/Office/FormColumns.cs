namespace Jixiao.Formats.Office;

/// <summary>Columns of Office tables beyond the indicator's own (<see cref="Tables.IndicatorColumn"/>).</summary>
public enum FormColumn
{
    /// <summary>行标识: the stable id Jixiao writes into a hidden column of an exported sheet.</summary>
    RowId,
    /// <summary>项目名称 in a flat table of several projects.</summary>
    Project,
    /// <summary>项目单位 / 实施单位.</summary>
    ProjectUnit,
    /// <summary>预算数 of a project in a flat table.</summary>
    Budget,
    /// <summary>年度绩效目标 of a project in a flat table.</summary>
    ProjectGoals,
    /// <summary>实际完成值 (自评表).</summary>
    Actual,
    /// <summary>得分 (自评表).</summary>
    Score,
    /// <summary>偏差原因分析及改进措施 (自评表).</summary>
    Deviation,
}

/// <summary>Header synonyms of <see cref="FormColumn"/> across provinces (templates.md).</summary>
public static class FormColumns
{
    public const string RowIdHeader = "行标识";

    private static readonly (FormColumn Column, string[] Names)[] Synonyms =
    [
        (FormColumn.RowId, [RowIdHeader]),
        (FormColumn.Project, ["项目名称"]),
        (FormColumn.ProjectUnit, ["项目单位", "实施单位"]),
        (FormColumn.Budget, ["预算数", "预算金额", "项目预算", "年度预算数", "预算数(万元)", "预算数(元)"]),
        (FormColumn.ProjectGoals, ["年度绩效目标", "项目年度绩效目标"]),
        (FormColumn.Actual, ["实际完成值", "完成值", "全年实际完成值", "实际值", "全年完成值"]),
        (FormColumn.Score, ["得分"]),
        (FormColumn.Deviation, ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "原因分析", "偏差原因分析"]),
    ];

    /// <summary>The columns a header row names (first occurrence of each).</summary>
    public static Dictionary<FormColumn, int> Map(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var map = new Dictionary<FormColumn, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var text = Compact(headers[i]);
            var bare = StripUnit(text);
            foreach (var (column, names) in Synonyms)
            {
                if ((names.Contains(text) || names.Contains(bare)) && !map.ContainsKey(column))
                {
                    map[column] = i;
                }
            }
        }
        return map;
    }

    /// <summary>Text without any whitespace, full-width brackets made ASCII.</summary>
    public static string Compact(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')').Replace('：', ':');

    /// <summary>A header without its bracketed unit: 预算数(万元) → 预算数.</summary>
    public static string StripUnit(string compact)
    {
        var paren = compact.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? compact[..paren] : compact;
    }

    /// <summary>The money unit a header or label states in brackets (万元 or 元), if any.</summary>
    public static string? MoneyUnit(string text)
    {
        var compact = Compact(text);
        return compact.Contains("(万元)", StringComparison.Ordinal) ? "万元"
            : compact.Contains("(元)", StringComparison.Ordinal) ? "元"
            : null;
    }
}
