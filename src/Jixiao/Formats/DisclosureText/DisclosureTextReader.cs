using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Formats.DisclosureText;

/// <summary>
/// Reads the disclosure text format (部门预算绩效信息 exported from Word to text, as the seed): headings
/// with bookmark markers, numbered lists for part 1, and for each fund a goal table whose cells are
/// tab-prefixed lines, merged cells left empty and a graded indicator written one row per grade.
/// </summary>
public static partial class DisclosureTextReader
{
    // No look-behind: a department name may end in a digit (某某2所2020年…); the first four digits before 年 are the year.
    [GeneratedRegex(@"(?<year>\d{4})\s*年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:(?:\d{1,3}|[一二三四五六七八九十]+)[、.．]\s*)?(?<name>.+?)(?:专项资金)?绩效目标表$")]
    private static partial Regex FundHeading();

    public static ImportResult Read(string content, DisclosureReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();
        var document = new DocumentBuilder(options.FileName);
        var state = new ReaderState(content, document, diagnostics);
        var number = 0;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            state.Accept(TextLine.Of(++number, content, range));
        }
        return Assemble(document, options, diagnostics);
    }

    private static ImportResult Assemble(DocumentBuilder document, DisclosureReadOptions options, List<Diagnostic> diagnostics)
    {
        if (!document.HasStructure)
        {
            diagnostics.Insert(0, Diagnostic.Error("no-structure", null, "Import.NoStructure", options.FileName));
            return new ImportResult(null, [.. diagnostics]);
        }
        var yearValue = options.Year ?? document.Year;
        if (yearValue is null || !FiscalYear.TryCreate(yearValue.Value, out var year))
        {
            diagnostics.Insert(0, Diagnostic.Error("year-missing", document.TitleSource, "Import.NoYear", options.FileName));
            return new ImportResult(null, [.. diagnostics]);
        }
        var departmentName = options.DepartmentName ?? document.DepartmentName;
        if (string.IsNullOrWhiteSpace(departmentName))
        {
            diagnostics.Add(Diagnostic.Warning("department-missing", document.TitleSource, "Import.DepartmentMissing"));
            departmentName = new LocalizedText("Import.UnnamedDepartment").ToString();
        }
        var funds = Tables.CodeDiagnostics.WithoutDuplicateFundCodes(
            document.Funds.Select(f => (f.Build(diagnostics), f.Identity.WhereOf(Tables.IdentityField.FundCode))), diagnostics);
        var department = document.Identity.Apply(new Department(departmentName), diagnostics);
        var goals = new GoalSet(year, department, document.Overall(), [.. funds]);
        return new ImportResult(goals, [.. diagnostics]);
    }

    /// <summary>
    /// Whether text is in this format: table cells as tab-prefixed lines, one per line, so that some header cell
    /// (三级指标, 指标值 …) stands alone on a line after a tab. Copies of web pages and PDFs are read by TextCopyReader.
    /// </summary>
    public static bool Recognises(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var range in content.AsSpan().Split('\n'))
        {
            var line = content.AsSpan(range).TrimEnd();
            if (line.Length > 1 && line[0] == '\t' && line[1..].IndexOf('\t') < 0
                && Tables.IndicatorColumns.Recognise(line[1..].ToString()) is Tables.IndicatorColumn.Name or Tables.IndicatorColumn.Target)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The year and the department named in a title such as 某县人民检察院2020年部门预算绩效信息.</summary>
    internal static (int? Year, string? Department) ReadTitle(string title)
    {
        var match = YearPattern().Match(title);
        if (!match.Success)
        {
            return (null, null);
        }
        var year = Numerals.Int(match.Groups["year"].Value);
        var department = title[..match.Index].Trim().TrimEnd('：', ':', '（', '(').Trim();
        return (year, department.Length > 0 ? department : null);
    }

    /// <summary>The fund name in a heading such as 1、办公用房租赁费专项资金绩效目标表.</summary>
    internal static string? ReadFundHeading(string line)
    {
        var match = FundHeading().Match(line);
        // 项目支出绩效目标表 or XX局2024年项目支出预算绩效目标表 is a form's title, not the heading of a fund named 项目支出.
        return match.Success && match.Groups["name"].Value.Trim() is { Length: > 0 } name && !Layout.FormTitle.IsGenericName(name) ? name : null;
    }
}
