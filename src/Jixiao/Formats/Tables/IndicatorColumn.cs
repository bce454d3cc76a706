namespace Jixiao.Formats.Tables;

/// <summary>The columns an indicator table can have; found by header text, never by position.</summary>
public enum IndicatorColumn
{
    Level1,
    Level2,
    Name,
    Description,
    Target,
    Basis,
    Weight,
    /// <summary>指标性质: 正向/反向/定性.</summary>
    Direction,
    /// <summary>指标方向 or a comparator column: 大于等于/小于等于/≧.</summary>
    Comparator,
    Unit,
    /// <summary>指标代码: the indicator's code in 预算管理一体化's 指标库.</summary>
    Code,
}

/// <summary>Header texts and their synonyms across provinces (templates.md).</summary>
public static class IndicatorColumns
{
    private static readonly (IndicatorColumn Column, string[] Names)[] Synonyms =
    [
        (IndicatorColumn.Level1, ["一级指标", "一级"]),
        (IndicatorColumn.Level2, ["二级指标", "二级"]),
        (IndicatorColumn.Name, ["三级指标", "三级", "指标名称", "绩效指标名称", "三级指标名称"]),
        (IndicatorColumn.Description, ["绩效指标描述", "指标描述", "指标解释", "指标说明", "指标内涵", "指标说明及公式"]),
        (IndicatorColumn.Target, ["指标值", "目标值", "年度指标值", "预期目标值", "指标目标值", "预期达到目标", "绩效指标值", "年度目标值"]),
        (IndicatorColumn.Basis, ["指标值确定依据", "确定依据", "依据", "指标值设定依据", "指标值确定依据及说明"]),
        (IndicatorColumn.Weight, ["分值", "权重", "指标分值", "权重(%)"]),
        (IndicatorColumn.Direction, ["指标性质"]),
        (IndicatorColumn.Comparator, ["指标方向", "比较符", "运算符"]),
        (IndicatorColumn.Unit, ["计量单位", "度量单位", "单位"]),
        (IndicatorColumn.Code, ["指标代码", "指标编码", "三级指标代码", "三级指标编码", "指标编号"]),
    ];

    /// <summary>The column a header cell names, if any.</summary>
    public static IndicatorColumn? Recognise(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        var text = Normalise(header);
        foreach (var (column, names) in Synonyms)
        {
            if (names.Contains(text, StringComparer.Ordinal))
            {
                return column;
            }
        }
        return null;
    }

    /// <summary>Maps a header row to columns; null when it lacks a 三级指标 or 指标值 column.</summary>
    public static IReadOnlyDictionary<IndicatorColumn, int>? Map(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var map = new Dictionary<IndicatorColumn, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (Recognise(headers[i]) is { } column && !map.ContainsKey(column))
            {
                map[column] = i;
            }
        }
        return map.ContainsKey(IndicatorColumn.Name) && map.ContainsKey(IndicatorColumn.Target) ? map : null;
    }

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\r\n\u3000\u00A0");

    private static string Normalise(string header)
    {
        var compact = header.AsSpan().ContainsAny(Whitespace) ? string.Concat(header.Where(c => !char.IsWhiteSpace(c))) : header;
        // 产出指标(50分) style labels belong to cells, but headers like 分值（分） carry units: drop them.
        var paren = compact.IndexOfAny(['(', '（']);
        return paren > 0 && !compact.StartsWith("权重(%)", StringComparison.Ordinal) ? compact[..paren] : compact;
    }
}
