using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Formats.Layout;

/// <summary>A form title read: the form it names, its budget year and the department before the year, when written.</summary>
public sealed record FormTitleMatch(FormKind Kind, int? Year, string? Department);

/// <summary>
/// 表头标题 — the titles of the published forms (templates.md): <c>XX市XX局2024年项目支出预算绩效目标表</c>,
/// <c>2022年度项目支出绩效自评表</c>, <c>某县人民检察院2020年部门预算绩效信息</c>. A title is recognised by how it ends,
/// not by where it stands, so that a heading is never read as a fund and a chrome line with a date never as a title.
/// </summary>
public static partial class FormTitle
{
    /// <summary>Endings of titles, longest first within a kind; the first that matches decides the kind.</summary>
    private static readonly (string Ending, FormKind Kind)[] Endings =
    [
        ("部门预算绩效信息", FormKind.Disclosure), ("预算绩效信息", FormKind.Disclosure), ("绩效信息公开", FormKind.Disclosure),
        ("部门整体支出绩效自评表", FormKind.DepartmentSelfEvaluation), ("部门整体绩效自评表", FormKind.DepartmentSelfEvaluation),
        ("整体支出绩效自评表", FormKind.DepartmentSelfEvaluation), ("部门整体支出绩效评价表", FormKind.DepartmentSelfEvaluation),
        ("部门整体支出绩效目标申报表", FormKind.DepartmentGoals), ("部门整体支出绩效目标表", FormKind.DepartmentGoals),
        ("部门整体绩效目标申报表", FormKind.DepartmentGoals), ("部门整体绩效目标表", FormKind.DepartmentGoals),
        ("整体支出绩效目标表", FormKind.DepartmentGoals), ("整体支出绩效目标申报表", FormKind.DepartmentGoals),
        ("绩效自评表", FormKind.ProjectSelfEvaluation), ("自评表", FormKind.ProjectSelfEvaluation),
        ("绩效评价评分表", FormKind.ScoreSheet), ("绩效评价指标体系", FormKind.ScoreSheet), ("评价指标体系及评分表", FormKind.ScoreSheet),
        ("评分表", FormKind.ScoreSheet), ("绩效评价结果汇总表", FormKind.ScoreSheet),
        ("绩效运行监控表", FormKind.Monitoring), ("绩效监控表", FormKind.Monitoring), ("监控情况表", FormKind.Monitoring),
        ("绩效目标申报表", FormKind.ProjectGoals), ("绩效目标汇总表", FormKind.FlatProjects), ("绩效目标表", FormKind.ProjectGoals),
    ];

    /// <summary>Words between the department and the form that name the form, not the department.</summary>
    private static readonly string[] FormWords =
        ["项目支出", "专项资金", "部门整体支出", "部门整体", "整体支出", "部门预算", "预算项目", "项目", "预算", "部门", "年度"];

    /// <summary>Fund names that are only a form's words: 项目支出绩效目标表 names no fund.</summary>
    private static readonly HashSet<string> GenericNames =
        ["项目", "项目支出", "项目支出预算", "预算项目", "专项资金", "专项", "部门整体支出", "部门整体", "整体支出", "部门预算",
         "部门", "项目预算", "重点项目", "本级项目", "预算"];

    [GeneratedRegex(@"(?<year>(?:19|20|21)[0-9]{2})\s*年度?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:附件|附表|表)\s*[0-9一二三四五六七八九十]*(?:[-—－][0-9]+)?\s*[:：、.．]?\s*")]
    private static partial Regex AttachmentPrefix();

    /// <summary>Reads a title; null when the text does not end like one of the forms.</summary>
    public static FormTitleMatch? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return null;
        }
        var compact = Normalise(text);
        compact = compact.TrimEnd('）', ')').TrimEnd();
        var kind = (FormKind?)null;
        var body = compact;
        foreach (var (ending, form) in Endings)
        {
            var at = compact.LastIndexOf(ending, StringComparison.Ordinal);
            if (at >= 0 && at + ending.Length >= compact.Length - 8)
            {
                kind = form;
                body = compact[..at];
                break;
            }
        }
        if (kind is not { } found)
        {
            return null;
        }
        if (found == FormKind.ProjectSelfEvaluation && body.Contains("部门整体", StringComparison.Ordinal))
        {
            found = FormKind.DepartmentSelfEvaluation;
        }
        var year = YearPattern().Match(compact);
        int? value = year.Success ? Numerals.Int(year.Groups["year"].Value) : null;
        var department = year.Success && year.Index < body.Length ? body[..year.Index] : null;
        if (string.IsNullOrEmpty(department) && year.Success && year.Index + year.Length <= body.Length)
        {
            department = body[(year.Index + year.Length)..];
        }
        return new FormTitleMatch(found, value, Department(department));
    }

    /// <summary>Whether a fund name read from a heading is only the words of a form (项目, 项目支出).</summary>
    public static bool IsGenericName(string name) =>
        GenericNames.Contains(Normalise(name)) || YearPattern().IsMatch(Normalise(name));

    private static string? Department(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var name = AttachmentPrefix().Replace(text, "").Trim(' ', '：', ':', '（', '(', '“', '"');
        var trimmed = true;
        while (trimmed && name.Length > 0)
        {
            trimmed = false;
            foreach (var word in FormWords)
            {
                if (name.EndsWith(word, StringComparison.Ordinal) && name.Length > word.Length)
                {
                    name = name[..^word.Length];
                    trimmed = true;
                }
            }
        }
        return name.Length >= 2 && !GenericNames.Contains(name) ? name : null;
    }

    /// <summary>Full-width digits and brackets as ASCII, white space removed: titles are written every way.</summary>
    internal static string Normalise(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            buffer[length++] = c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c;
        }
        return new string(buffer[..length]);
    }
}
