using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Json;
using Jixiao.Formats.Office;
using Jixiao.Formats.TextCopy;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;
using Jixiao.Goals.Codes;
using Jixiao.Targets;
using Jixiao.Tests.Formats.Office;

namespace Jixiao.Tests.Formats.Codes;

/// <summary>The codes of 预算管理一体化 through every format: round trips, old files, invalid and repeated codes.</summary>
public sealed class CodesFormatTests
{
    private static Indicator Row(string level2, string name, string target, string? code) =>
        new("产出指标", level2, name, name + "的统计口径", TargetParser.Parse(target), "计划标准") { Code = code is null ? null : Code.Parse(code) };

    /// <summary>A department with every code, a fund with all of them, a fund with none.</summary>
    private static GoalSet Coded() => new(new FiscalYear(2021),
        new Department("某县教育局") { Code = Code.Parse("101001"), Region = RegionCode.Parse("530102") },
        new DepartmentGoals(["保障义务教育"], [], []),
        [
            new Fund("学生营养改善计划", ["保障膳食补助按时发放"],
                [Row("数量指标", "受益学生人数", "≥3200人", "ZB-001"), Row("质量指标", "补助发放准确率", "≥98%", null), Row("时效指标", "补助发放及时率", "≥95%", "ZB-003")],
                new FundMoney(1_200_000m))
            {
                Code = Code.Parse("530102-2021-JY-0001"), Category = ProjectCategory.Continuing,
                Period = new ProjectPeriod(new FiscalYear(2020), new FiscalYear(2022)), MediumTermGoal = "三年内覆盖全县义务教育学生；营养健康水平明显提高",
            },
            new Fund("校舍维修", ["完成校舍维修"], [Row("数量指标", "维修面积", "≥2000平方米", null)]),
        ]);

    public static TheoryData<string> Formats => ["json", "text", "docx", "xlsx"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_code_survives_a_round_trip(string format)
    {
        var goals = Coded();
        var read = format switch
        {
            "json" => CanonicalJson.Read(CanonicalJson.Serialize(goals), "coded.json"),
            "text" => DisclosureTextReader.Read(DisclosureTextWriter.Write(goals), new DisclosureReadOptions("coded.txt")),
            "docx" => OfficeReader.Read(DocxWriter.Write(goals), new DisclosureReadOptions("coded.docx")).Result,
            _ => OfficeReader.Read(XlsxWriter.Write(goals), new DisclosureReadOptions("coded.xlsx")).Result,
        };
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(CanonicalJson.SerializeToString(goals), CanonicalJson.SerializeToString(read.GoalSet!));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("pdf")]
    public void A_published_page_or_pdf_reads_back_with_its_codes(string format)
    {
        var goals = Coded();
        var read = format == "html"
            ? Jixiao.Formats.Html.HtmlReader.Read(Encoding.UTF8.GetBytes(Jixiao.Formats.Html.HtmlWriter.Write(goals)), new DisclosureReadOptions("coded.html")).Result
            : Jixiao.Formats.Pdf.PdfReader.Read(Jixiao.Formats.Pdf.PdfWriter.Disclosure(goals, out _)!, new DisclosureReadOptions("coded.pdf")).Result;
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        var back = read.GoalSet!;
        Assert.Equal((goals.Department.Code, goals.Department.Region), (back.Department.Code, back.Department.Region));
        Assert.Equal(goals.Funds.Select(f => (f.Code, f.Category, f.Period, f.MediumTermGoal)), back.Funds.Select(f => (f.Code, f.Category, f.Period, f.MediumTermGoal)));
        Assert.Equal(goals.Funds.SelectMany(f => f.Indicators).Select(i => i.Code), back.Funds.SelectMany(f => f.Indicators).Select(i => i.Code));
    }

    [Fact]
    public void The_json_names_the_codes_and_says_schema_1_1()
    {
        using var json = System.Text.Json.JsonDocument.Parse(CanonicalJson.Serialize(Coded()));
        var root = json.RootElement;
        Assert.Equal("1.1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal(("101001", "530102"), (root.GetProperty("department").GetProperty("code").GetString(), root.GetProperty("department").GetProperty("region").GetString()));
        var fund = root.GetProperty("funds")[0];
        Assert.Equal(("530102-2021-JY-0001", "continuing"), (fund.GetProperty("code").GetString(), fund.GetProperty("category").GetString()));
        Assert.Equal((2020, 2022), (fund.GetProperty("period").GetProperty("start").GetInt32(), fund.GetProperty("period").GetProperty("end").GetInt32()));
        Assert.Equal("ZB-001", fund.GetProperty("indicators")[0].GetProperty("code").GetString());
        Assert.False(fund.GetProperty("indicators")[1].TryGetProperty("code", out _));
        Assert.False(root.GetProperty("funds")[1].TryGetProperty("code", out _));
    }

    [Fact]
    public void A_version_1_0_file_still_reads_without_codes()
    {
        var json = """
            { "schemaVersion": "1.0", "year": 2020, "department": { "name": "某县人民检察院" },
              "overall": { "goals": [], "subGoals": [], "safeguards": [] },
              "funds": [ { "name": "办案业务经费", "goals": ["提高办案质量"], "indicators": [
                { "level1": "产出指标", "level2": "质量指标", "name": "案件流转率", "description": "", "target": { "kind": "text", "text": "≥95%" }, "basis": "计划标准" } ] } ] }
            """;
        var read = CanonicalJson.Read(Encoding.UTF8.GetBytes(json), "old.json");
        var goals = Assert.IsType<GoalSet>(read.GoalSet);
        Assert.Equal((null, null, null), (goals.Department.Code, goals.Funds[0].Code, goals.Funds[0].Indicators[0].Code));
    }

    [Theory]
    [InlineData("\"code\": \"P 01\"", "$.funds[0].code")]
    [InlineData("\"region\": \"5301020\"", "$.department.region")]
    public void An_invalid_code_in_json_names_its_line_and_path(string property, string path)
    {
        var department = property.Contains("region", StringComparison.Ordinal) ? "{ \"name\": \"某局\", " + property + " }" : "{ \"name\": \"某局\" }";
        var fund = property.Contains("region", StringComparison.Ordinal) ? "{ \"name\": \"甲\", \"goals\": [], \"indicators\": [] }" : "{ \"name\": \"甲\", " + property + ", \"goals\": [], \"indicators\": [] }";
        var json = $"{{ \"schemaVersion\": \"1.1\", \"year\": 2021,\n\"department\": {department},\n\"overall\": {{ \"goals\": [], \"subGoals\": [], \"safeguards\": [] }},\n\"funds\": [\n{fund}\n] }}";
        var diagnostic = Assert.Single(CanonicalJson.Read(Encoding.UTF8.GetBytes(json), "bad.json").Diagnostics);
        Assert.Equal("json-invalid", diagnostic.Code);
        Assert.Contains(path, diagnostic.Message.Format(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_code_given_twice_in_json_is_refused_naming_both_funds()
    {
        var json = CanonicalJson.SerializeToString(Coded()).Replace("\"name\": \"校舍维修\",", "\"name\": \"校舍维修\",\n      \"code\": \"530102-2021-JY-0001\",", StringComparison.Ordinal);
        var read = CanonicalJson.Read(Encoding.UTF8.GetBytes(json), "twice.json");
        Assert.Null(read.GoalSet);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal("code-duplicate", diagnostic.Code);
        Assert.Equal("“twice.json”中项目代码“530102-2021-JY-0001”同时用于“学生营养改善计划”和“校舍维修”：一个代码只标识一个项目或指标。请改正后重新导入。",
            diagnostic.Message.Format(Cultures.Chinese));
    }

    private const string Disclosure =
        "某县教育局2021年部门预算绩效信息\n" +
        "单位代码：101001；区划代码：530102000000\n" +
        "第一部分  部门整体绩效目标\n（一）总体绩效目标\n(一)、保障义务教育\n\n" +
        "第二部分  专项资金绩效目标\n" +
        "1、学生营养改善计划专项资金绩效目标表\n" +
        "项目代码：{0}；项目类别：延续项目；项目期：2020年-2022年\n" +
        "\t绩效目标\n\t1、保障膳食补助按时发放\n\n\n" +
        "\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\t指标代码\n\n" +
        "\t产出指标\n\t数量指标\n\t受益学生人数\n\t受益学生人数\n\t≥3200人\n\t计划标准\n\t{1}\n\n" +
        "\t\n\t质量指标\n\t补助发放准确率\n\t补助发放准确率\n\t≥98%\n\t计划标准\n\t{2}\n\n\n" +
        "2、校舍维修专项资金绩效目标表\n" +
        "项目代码：{3}\n" +
        "\t绩效目标\n\t1、完成校舍维修\n\n\n" +
        "\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\n" +
        "\t产出指标\n\t数量指标\n\t维修面积\n\t维修面积\n\t≥2000平方米\n\t计划标准\n\n";

    private static ImportResult ReadDisclosure(string fundCode, string first, string second, string otherFund) =>
        DisclosureTextReader.Read(Disclosure.Replace("{0}", fundCode, StringComparison.Ordinal).Replace("{1}", first, StringComparison.Ordinal)
            .Replace("{2}", second, StringComparison.Ordinal).Replace("{3}", otherFund, StringComparison.Ordinal), new DisclosureReadOptions("disclosure.txt"));

    [Fact]
    public void A_disclosure_text_with_code_lines_gives_the_codes_normalised()
    {
        var read = ReadDisclosure("530102-2021-JY-0001", "ZB-001", "ZB-002", "530102-2021-JY-0002");
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity != Severity.Info);
        var goals = read.GoalSet!;
        Assert.Equal(("101001", "530102", RegionLevel.County), (goals.Department.Code?.Value, goals.Department.Region?.Value, goals.Department.Region?.Level));
        var fund = goals.Funds[0];
        Assert.Equal(("530102-2021-JY-0001", ProjectCategory.Continuing, "2020—2022年"), (fund.Code?.Value, fund.Category, fund.Period?.ToString()));
        Assert.Equal(["ZB-001", "ZB-002"], fund.Indicators.Select(i => i.Code?.Value));
    }

    [Fact]
    public void An_invalid_code_in_a_text_names_its_line_and_is_left_out()
    {
        var read = ReadDisclosure("P 01", "ZB-001", "ZB-002", "P02");
        var error = Assert.Single(read.Diagnostics, d => d.Code == "code-invalid");
        Assert.Equal((Severity.Error, 9), (error.Severity, error.Where?.Line));
        Assert.Equal("项目代码“P 01”（位置 9）无效：代码只能由字母、数字和 - _ . 组成，不能有空格或汉字。该代码未导入，请改正后重新导入。", error.Message.Format(Cultures.Chinese));
        Assert.Null(read.GoalSet!.Funds[0].Code);
    }

    [Fact]
    public void Repeated_codes_in_a_text_are_refused_at_the_second_holder()
    {
        var read = ReadDisclosure("P01", "ZB-001", "ZB-001", "P01");
        var errors = read.Diagnostics.Where(d => d.Code == "code-duplicate").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        Assert.Contains("指标代码“ZB-001”", errors[0].Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Contains("“受益学生人数”，不能再用于“补助发放准确率”", errors[0].Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Contains("项目代码“P01”", errors[1].Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        // At the second fund's 项目代码 line.
        Assert.Equal(40, errors[1].Where?.Line);
        var goals = read.GoalSet!;
        Assert.Equal(("P01", (string?)null), (goals.Funds[0].Code?.Value, goals.Funds[1].Code?.Value));
    }

    /// <summary>A 申报表 as a province's Excel template writes it, with code cells.</summary>
    private static byte[] Declaration(string fundCode, string region, string indicatorCode) => OfficeFixtures.Xlsx(new XlsxSheet("申报表",
        [
            ["项目支出绩效目标申报表"],
            ["（2021年度）"],
            ["项目名称", "义务教育学生营养改善计划"],
            ["主管部门", "某县教育局", "单位代码", "101001"],
            ["项目代码", fundCode, "区划代码", region],
            ["项目类别", "新增", "项目期", "2021-2023年"],
            ["中期目标", "三年内覆盖全县义务教育学生"],
            ["年度目标", "1.保障学生营养膳食补助按时足额发放"],
            ["一级指标", "二级指标", "三级指标", "指标代码", "指标值"],
            ["产出指标", "数量指标", "受益学生人数", indicatorCode, "≥3200人"],
            [null, "质量指标", "补助资金发放准确率", "ZB-002", "≥98%"],
        ], "A1:E1", "A2:E2", "B3:E3", "A10:A11"));

    [Fact]
    public void A_declaration_form_gives_its_code_cells()
    {
        var read = OfficeReader.Read(Declaration("530102-2021-JY-0001", "5301", "ZB-001"), new DisclosureReadOptions("申报表.xlsx")).Result;
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        var goals = read.GoalSet!;
        Assert.Equal(("101001", "530100", RegionLevel.City), (goals.Department.Code?.Value, goals.Department.Region?.Value, goals.Department.Region?.Level));
        var fund = Assert.Single(goals.Funds);
        Assert.Equal(("530102-2021-JY-0001", ProjectCategory.New, 2021, 2023, "三年内覆盖全县义务教育学生"),
            (fund.Code?.Value, fund.Category, fund.Period?.Start.Value, fund.Period?.End.Value, fund.MediumTermGoal));
        Assert.Equal(["ZB-001", "ZB-002"], fund.Indicators.Select(i => i.Code?.Value));
    }

    [Theory]
    [InlineData("P/01", "5301", "ZB-001", "项目代码", "T1R5C2")]
    [InlineData("P01", "53010", "ZB-001", "区划代码", "T1R5C4")]
    [InlineData("P01", "5301", "指标001", "指标代码", "T1R10C4")]
    public void An_invalid_code_in_a_sheet_names_its_cell(string fundCode, string region, string indicatorCode, string label, string cell)
    {
        var read = OfficeReader.Read(Declaration(fundCode, region, indicatorCode), new DisclosureReadOptions("申报表.xlsx")).Result;
        var error = Assert.Single(read.Diagnostics, d => d.Code == "code-invalid");
        Assert.Equal(cell, error.Where?.ToString());
        Assert.StartsWith(label, error.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Contains("(at " + cell + ")", error.Message.Format(Cultures.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_indicator_code_in_a_sheet_is_refused_at_its_second_row()
    {
        var read = OfficeReader.Read(Declaration("P01", "5301", "ZB-002"), new DisclosureReadOptions("申报表.xlsx")).Result;
        var error = Assert.Single(read.Diagnostics, d => d.Code == "code-duplicate");
        Assert.Equal(("T1R11C5", "补助资金发放准确率"), (error.Where?.ToString(), error.Indicator));
    }

    [Fact]
    public void A_web_page_or_text_copy_of_a_form_gives_its_code_lines()
    {
        const string copy =
            "某县教育局2021年项目支出绩效目标申报表\n项目名称\t学生营养改善计划\n主管部门\t某县教育局\n" +
            "项目代码\t530102-2021-JY-0001\n项目类别\t延续\n年度目标\t保障膳食补助按时发放\n" +
            "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\n" +
            "产出指标\t数量指标\t受益学生人数\t≥3200人\t计划标准\n";
        var fund = Assert.Single(TextCopyReader.Read(copy, new DisclosureReadOptions("copy.txt")).Result.GoalSet!.Funds);
        Assert.Equal(("530102-2021-JY-0001", ProjectCategory.Continuing), (fund.Code?.Value, fund.Category));
    }
}
