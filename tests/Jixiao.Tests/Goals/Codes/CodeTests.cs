using Jixiao.Goals;
using Jixiao.Goals.Codes;

namespace Jixiao.Tests.Goals.Codes;

/// <summary>The codes of 预算管理一体化 as value types: every form in use reads, nothing invalid is made.</summary>
public sealed class CodeTests
{
    [Theory]
    [InlineData("101001", "101001")]
    [InlineData(" 530000-2020-ZX-001 ", "530000-2020-ZX-001")]
    [InlineData("１０１００１", "101001")]
    [InlineData("pro_code.7", "pro_code.7")]
    public void A_code_is_read_as_written_without_its_spaces_and_full_width_digits(string text, string value) =>
        Assert.Equal(value, Code.Parse(text).Value);

    [Theory]
    [InlineData("", CodeProblem.Empty)]
    [InlineData("  ", CodeProblem.Empty)]
    [InlineData("101 001", CodeProblem.BadCharacter)]
    [InlineData("检察院001", CodeProblem.BadCharacter)]
    [InlineData("A/1", CodeProblem.BadCharacter)]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345", CodeProblem.TooLong)]
    public void An_invalid_code_says_why(string text, CodeProblem expected)
    {
        Assert.False(Code.TryParse(text, out _, out var problem));
        Assert.Equal(expected, problem);
        Assert.Throws<ArgumentException>(() => Code.Parse(text));
    }

    public static TheoryData<string, string, RegionLevel, string> Regions => new()
    {
        // The significant digits as 预算管理一体化 writes them (省 2, 市 4, 县 6, 乡 9) …
        { "53", "530000", RegionLevel.Province, "53" },
        { "5301", "530100", RegionLevel.City, "5301" },
        { "530102", "530102", RegionLevel.County, "530102" },
        { "530102001", "530102001", RegionLevel.Township, "530102001" },
        // … the padded GB/T 2260 forms …
        { "530000", "530000", RegionLevel.Province, "53" },
        { "530100", "530100", RegionLevel.City, "5301" },
        { "530102000", "530102", RegionLevel.County, "530102" },
        // … and the 12-digit 统计用区划代码, normalised to 6 digits plus the township's 3.
        { "530000000000", "530000", RegionLevel.Province, "53" },
        { "530100000000", "530100", RegionLevel.City, "5301" },
        { "530102000000", "530102", RegionLevel.County, "530102" },
        { "530102001000", "530102001", RegionLevel.Township, "530102001" },
        // A 乡 right under a city without counties (东莞市), a 省直辖县 (济源市), full-width digits.
        { "441900003", "441900003", RegionLevel.Township, "441900003" },
        { "419001", "419001", RegionLevel.County, "419001" },
        { "５３０１０２", "530102", RegionLevel.County, "530102" },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public void A_region_code_normalises_to_six_digits_and_the_township_detail(string text, string value, RegionLevel level, string significant)
    {
        var region = RegionCode.Parse(text);
        Assert.Equal((value, level, significant), (region.Value, region.Level, region.Significant));
    }

    [Theory]
    [InlineData("530102001", "530102", "530100", "530000")]
    [InlineData("419001", "410000", null, null)]
    [InlineData("441900003", "441900", "440000", null)]
    public void A_region_knows_its_parents_up_to_the_province(string text, string parent, string? grandparent, string? great)
    {
        var region = RegionCode.Parse(text);
        string?[] chain = [region.Parent?.Value, region.Parent?.Parent?.Value, region.Parent?.Parent?.Parent?.Value];
        Assert.Equal([parent, grandparent, great], chain);
        Assert.True(RegionCode.Parse(chain.Last(c => c is not null)!).Contains(region));
        Assert.False(RegionCode.Parse("110000").Contains(region));
    }

    [Theory]
    [InlineData("", CodeProblem.Empty)]
    [InlineData("53010A", CodeProblem.NotDigits)]
    [InlineData("5301-02", CodeProblem.NotDigits)]
    [InlineData("530", CodeProblem.BadLength)]
    [InlineData("5301020", CodeProblem.BadLength)]
    [InlineData("5301020010000", CodeProblem.BadLength)]
    [InlineData("000000", CodeProblem.BadRegion)]
    [InlineData("990000", CodeProblem.BadRegion)]
    [InlineData("530012", CodeProblem.BadRegion)]
    [InlineData("530102001002", CodeProblem.VillageLevel)]
    public void An_invalid_region_code_says_why(string text, CodeProblem expected)
    {
        Assert.False(RegionCode.TryParse(text, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("2020—2022年", 2020, 2022)]
    [InlineData("2020年-2022年", 2020, 2022)]
    [InlineData("2021 至 2023 年", 2021, 2023)]
    [InlineData("２０２１～２０２３", 2021, 2023)]
    [InlineData("2021年度", 2021, 2021)]
    public void A_project_period_is_read_with_both_years_inclusive(string text, int start, int end)
    {
        var period = ProjectPeriod.Read(text)!;
        Assert.Equal((start, end, end - start + 1), (period.Start.Value, period.End.Value, period.Years));
        Assert.True(period.Covers(new FiscalYear(end)));
        Assert.False(period.Covers(new FiscalYear(end + 1)));
    }

    [Theory]
    [InlineData("2022—2020年")]
    [InlineData("三年")]
    [InlineData("1999-2001")]
    public void A_period_that_is_none_reads_as_nothing(string text) => Assert.Null(ProjectPeriod.Read(text));

    [Fact]
    public void A_period_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new ProjectPeriod(new FiscalYear(2022), new FiscalYear(2021)));

    [Theory]
    [InlineData("新增", ProjectCategory.New)]
    [InlineData("新增项目", ProjectCategory.New)]
    [InlineData("延续", ProjectCategory.Continuing)]
    [InlineData("延续项目", ProjectCategory.Continuing)]
    [InlineData("一次性", null)]
    public void A_project_category_is_new_or_continuing(string text, ProjectCategory? expected) =>
        Assert.Equal(expected, ProjectCategories.Read(text));

    [Fact]
    public void Codes_are_unique_among_funds_and_within_a_fund()
    {
        Indicator Row(string name, string? code) => new("产出指标", "数量指标", name, "", Jixiao.Targets.TargetParser.Parse("≥1件"), "计划标准")
        {
            Code = code is null ? null : Code.Parse(code),
        };
        var conflict = Assert.Throws<CodeConflictException>(() => new Fund("甲", [], [Row("a", "X1"), Row("b", null), Row("c", "X1")])).Conflict;
        Assert.Equal((CodeConflictKind.Indicator, "X1", "a", "c"), (conflict.Kind, conflict.Code.Value, conflict.First, conflict.Second));
        var fund = new Fund("甲", [], [Row("a", "X1"), Row("b", "X2")]) { Code = Code.Parse("P1") };
        var other = new Fund("乙", [], [Row("a", "X1")]) { Code = Code.Parse("P1") };
        var funds = Assert.Throws<CodeConflictException>(() => new GoalSet(new FiscalYear(2021), new Department("某局"), DepartmentGoals.Empty, [fund, other])).Conflict;
        Assert.Equal((CodeConflictKind.Fund, "甲", "乙"), (funds.Kind, funds.First, funds.Second));
        // The same 指标代码 in two funds is the same library indicator: allowed.
        _ = new GoalSet(new FiscalYear(2021), new Department("某局"), DepartmentGoals.Empty, [fund, other with { Code = null }]);
    }
}
