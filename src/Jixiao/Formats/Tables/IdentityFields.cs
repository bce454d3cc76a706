using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Goals.Codes;

namespace Jixiao.Formats.Tables;

/// <summary>The 预算管理一体化 identity a document may state for its department or for a project.</summary>
internal enum IdentityField
{
    /// <summary>单位代码.</summary>
    DepartmentCode,
    /// <summary>区划代码.</summary>
    Region,
    /// <summary>项目代码.</summary>
    FundCode,
    /// <summary>项目类别 (新增/延续).</summary>
    FundCategory,
    /// <summary>项目期.</summary>
    FundPeriod,
    /// <summary>中期目标.</summary>
    MediumTermGoal,
    /// <summary>指标代码, a column of the indicator table.</summary>
    IndicatorCode,
}

/// <summary>
/// 编码信息 — the labels documents write these fields under, as lines (<c>项目代码：…；项目类别：新增；项目期：2020—2022年</c>)
/// or as label/value cells of a form; shared by the text, Word, Excel, web-page and PDF readers.
/// </summary>
internal static class IdentityLabels
{
    private static readonly Dictionary<string, IdentityField> Labels = new(StringComparer.Ordinal)
    {
        ["单位代码"] = IdentityField.DepartmentCode, ["单位编码"] = IdentityField.DepartmentCode, ["预算单位代码"] = IdentityField.DepartmentCode,
        ["部门代码"] = IdentityField.DepartmentCode, ["部门编码"] = IdentityField.DepartmentCode,
        ["区划代码"] = IdentityField.Region, ["区划编码"] = IdentityField.Region, ["行政区划代码"] = IdentityField.Region, ["财政区划代码"] = IdentityField.Region,
        ["项目代码"] = IdentityField.FundCode, ["项目编码"] = IdentityField.FundCode, ["项目编号"] = IdentityField.FundCode,
        ["项目类别"] = IdentityField.FundCategory, ["项目类型"] = IdentityField.FundCategory,
        ["项目期"] = IdentityField.FundPeriod, ["项目周期"] = IdentityField.FundPeriod, ["项目实施期"] = IdentityField.FundPeriod,
        ["项目期限"] = IdentityField.FundPeriod, ["实施期限"] = IdentityField.FundPeriod,
        ["中期目标"] = IdentityField.MediumTermGoal, ["项目中期目标"] = IdentityField.MediumTermGoal, ["中期绩效目标"] = IdentityField.MediumTermGoal,
    };

    /// <summary>The field a label cell names (white space already removed), if any.</summary>
    public static IdentityField? Of(string label) => Labels.TryGetValue(label.TrimEnd('：', ':'), out var field) ? field : null;

    /// <summary>The label the writers use.</summary>
    public static string LabelOf(IdentityField field) => field switch
    {
        IdentityField.DepartmentCode => "单位代码",
        IdentityField.Region => "区划代码",
        IdentityField.FundCode => "项目代码",
        IdentityField.FundCategory => "项目类别",
        IdentityField.FundPeriod => "项目期",
        IdentityField.MediumTermGoal => "中期目标",
        IdentityField.IndicatorCode => "指标代码",
    };

    /// <summary>The line the writers put under a department's title (单位代码：…；区划代码：…), or null when it has no codes.</summary>
    public static string? LineOf(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        return Join((IdentityField.DepartmentCode, department.Code?.Value), (IdentityField.Region, department.Region?.Value));
    }

    /// <summary>The line the writers put under a fund's heading (项目代码：…；项目类别：新增；项目期：2020—2022年), or null.</summary>
    public static string? LineOf(Fund fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        return Join((IdentityField.FundCode, fund.Code?.Value), (IdentityField.FundCategory, fund.Category?.ChineseName()),
            (IdentityField.FundPeriod, fund.Period?.ToString()));
    }

    /// <summary>The lines under a fund's heading: the codes line and the 中期目标 line, those the fund has.</summary>
    public static IEnumerable<string> LinesOf(Fund fund) =>
        new[] { LineOf(fund), MediumTermLineOf(fund) }.OfType<string>();

    /// <summary>中期目标：…, on a line of its own because the text may hold ；.</summary>
    public static string? MediumTermLineOf(Fund fund) =>
        fund?.MediumTermGoal is { } goal ? $"{LabelOf(IdentityField.MediumTermGoal)}：{goal.ReplaceLineEndings(" ")}" : null;

    private static string? Join(params (IdentityField Field, string? Value)[] fields)
    {
        var parts = fields.Where(f => f.Value is not null).Select(f => $"{LabelOf(f.Field)}：{f.Value}").ToList();
        return parts.Count == 0 ? null : string.Join("；", parts);
    }

    /// <summary>
    /// A line of label：value pairs separated by ；, or null when any part is not one. 中期目标 takes the rest of the
    /// line, which may hold ；.
    /// </summary>
    public static List<(IdentityField Field, string Value)>? ReadLine(string line)
    {
        var text = line.Trim();
        if (text.Length < 4 || (text.IndexOfAny(['：', ':']) is var colon && colon < 2))
        {
            return null;
        }
        var pairs = new List<(IdentityField, string)>(3);
        while (text.Length > 0)
        {
            var separator = text.IndexOfAny(['：', ':']);
            if (separator < 1 || Of(string.Concat(text[..separator].Where(c => !char.IsWhiteSpace(c)))) is not { } field)
            {
                return null;
            }
            var rest = text[(separator + 1)..];
            var end = field == IdentityField.MediumTermGoal ? -1 : rest.IndexOfAny(['；', ';']);
            pairs.Add((field, (end < 0 ? rest : rest[..end]).Trim()));
            text = end < 0 ? "" : rest[(end + 1)..].Trim();
        }
        return pairs;
    }

    /// <summary>Whether a field belongs to the department (else to a project).</summary>
    public static bool IsDepartments(IdentityField field) => field is IdentityField.DepartmentCode or IdentityField.Region;
}

/// <summary>
/// The identity fields read for one holder (the department, or one fund), each with where it was read, turned
/// into typed values at the end: an invalid code is an error naming its place and is left out.
/// </summary>
internal sealed class IdentityDraft
{
    private readonly Dictionary<IdentityField, (string Text, SourceRef? Where)> _fields = [];

    public bool IsEmpty => _fields.Count == 0;

    /// <summary>The first value read for a field counts; an empty one is no value.</summary>
    public void Add(IdentityField field, string text, SourceRef? where)
    {
        if (text.Trim().Length > 0)
        {
            _fields.TryAdd(field, (text.Trim(), where));
        }
    }

    /// <summary>Where a field's value was read, if it was.</summary>
    public SourceRef? WhereOf(IdentityField field) => _fields.TryGetValue(field, out var written) ? written.Where : null;

    public Department Apply(Department department, List<Diagnostic> diagnostics) => department with
    {
        Code = CodeOf(IdentityField.DepartmentCode, null, diagnostics),
        Region = RegionOf(diagnostics),
    };

    public Fund Apply(Fund fund, List<Diagnostic> diagnostics)
    {
        ProjectCategory? category = null;
        if (_fields.TryGetValue(IdentityField.FundCategory, out var written) && (category = ProjectCategories.Read(written.Text)) is null)
        {
            diagnostics.Add(Diagnostic.Warning("project-category-unreadable", written.Where, "Import.ProjectCategoryUnreadable", Place(written.Where), written.Text)
                with { Fund = fund.Name });
        }
        ProjectPeriod? period = null;
        if (_fields.TryGetValue(IdentityField.FundPeriod, out var years) && (period = ProjectPeriod.Read(years.Text)) is null)
        {
            diagnostics.Add(Diagnostic.Warning("project-period-unreadable", years.Where, "Import.ProjectPeriodUnreadable", Place(years.Where), years.Text)
                with { Fund = fund.Name });
        }
        return fund with
        {
            Code = CodeOf(IdentityField.FundCode, fund.Name, diagnostics),
            Category = category,
            Period = period,
            MediumTermGoal = _fields.TryGetValue(IdentityField.MediumTermGoal, out var goal) ? goal.Text : null,
        };
    }

    private Code? CodeOf(IdentityField field, string? fund, List<Diagnostic> diagnostics)
    {
        if (!_fields.TryGetValue(field, out var written))
        {
            return null;
        }
        if (Code.TryParse(written.Text, out var code, out var problem))
        {
            return code;
        }
        diagnostics.Add(CodeDiagnostics.Invalid(field, written.Text, written.Where, problem) with { Fund = fund });
        return null;
    }

    private RegionCode? RegionOf(List<Diagnostic> diagnostics)
    {
        if (!_fields.TryGetValue(IdentityField.Region, out var written))
        {
            return null;
        }
        if (RegionCode.TryParse(written.Text, out var code, out var problem))
        {
            return code;
        }
        diagnostics.Add(CodeDiagnostics.Invalid(IdentityField.Region, written.Text, written.Where, problem));
        return null;
    }

    internal static string Place(SourceRef? where) => where?.ToString() ?? "?";
}
