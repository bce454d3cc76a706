using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Generation;
using Jixiao.Goals;
using Jixiao.Targets;
using Jixiao.Tests.Targets;

namespace Jixiao.Tests.Formats.DisclosureText;

/// <summary>Documents in the seed's format that we wrote ourselves: other departments, money, quantitative targets, weights.</summary>
public sealed class OtherDocumentTests
{
    private static ImportResult Read(string file, string? department = null) =>
        DisclosureTextReader.Read(Samples.Text(file), new DisclosureReadOptions(file, department));

    [Fact]
    public void The_education_bureau_document_imports_with_money_weights_and_directions()
    {
        var result = Read("county-education-2021.txt");
        Assert.Empty(result.Diagnostics);
        var goals = result.GoalSet!;
        Assert.Equal("某县教育局", goals.Department.Name);
        Assert.Equal(2021, goals.Year.Value);
        Assert.Equal([4, 2, 2], [goals.Overall.Goals.Length, goals.Overall.SubGoals.Length, goals.Overall.Safeguards.Length]);
        var aid = goals.Funds[0];
        Assert.Equal("学生资助", aid.Name);
        Assert.Equal(new FundMoney(3_565_000m, 3_565_000m, 0m), aid.Money);
        Assert.Equal(["资助家庭经济困难学生1200人次以上", "资助资金按时足额发放到位"], aid.Goals);
        Assert.Equal(
            ["ge 1200 人次", "le 30 天", "ge? 100 %", "eq 0 -", "ge 95 %"],
            aid.Indicators.Select(i => TargetDescriber.Describe(i.Target)));
        Assert.Equal([20m, 15m, 15m, 30m, 10m], aid.Indicators.Select(i => i.Weight!.Value.Points));
        Assert.Equal([Direction.Positive, Direction.Negative, Direction.Positive, Direction.Negative, Direction.Positive], aid.Indicators.Select(i => i.Direction!.Value));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], aid.Indicators.Select(i => i.Level1));
    }

    [Fact]
    public void Merged_level_one_cells_and_a_graded_indicator_over_four_rows_are_filled_and_merged()
    {
        var nutrition = Read("county-education-2021.txt").GoalSet!.Funds[1];
        Assert.Equal(12_800_000m, nutrition.Money!.Total);
        Assert.Equal(6, nutrition.Indicators.Length);
        Assert.Equal("ge 8000 人", TargetDescriber.Describe(nutrition.Indicators[0].Target));
        Assert.Equal("le? 5 元/人".Replace("?", "", StringComparison.Ordinal), TargetDescriber.Describe(nutrition.Indicators[3].Target));
        var satisfaction = nutrition.Indicators[5];
        Assert.Equal("满意度指标", satisfaction.Level1);
        Assert.Equal("ladder ge90优 ge80良 ge60中 lt60差", TargetDescriber.Describe(satisfaction.Target));
        Assert.Empty(((LadderTarget)satisfaction.Target).Ladder.Defects);
    }

    [Fact]
    public void Synonym_headers_one_line_ladders_and_word_comparators_are_read()
    {
        var result = Read("county-health-2022.txt", "某县卫生健康局");
        var fund = Assert.Single(result.GoalSet!.Funds);
        Assert.Equal("基本公共卫生服务项目", fund.Name);
        Assert.Equal(["为辖区常住居民免费提供基本公共卫生服务"], fund.Goals);
        Assert.Equal(
            ["ge 3500 人", "ge 95 %", "ladder ge95%优 ge90%良 ge85%中 lt85%差", "deadline", "ge 28 %", "qualitative", "ge 90 %"],
            fund.Indicators.Select(i => TargetDescriber.Describe(i.Target)));
        Assert.Equal("65岁及以上老年人健康管理人数", fund.Indicators[0].Description);
    }

    [Fact]
    public void Generated_departments_survive_a_text_round_trip()
    {
        var generator = new ProvinceGenerator(new ProvinceShape(40, 4, 15));
        foreach (var department in generator.Departments())
        {
            var text = DisclosureTextWriter.Write(department);
            var read = DisclosureTextReader.Read(text, new DisclosureReadOptions("generated.txt"));
            Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(CanonicalJson.SerializeToString(department), CanonicalJson.SerializeToString(read.GoalSet!));
        }
    }

    [Theory]
    [InlineData("某县人民检察院2020年部门预算绩效信息", 2020, "某县人民检察院")]
    [InlineData("第2中学2021年部门预算绩效信息", 2021, "第2中学")]
    [InlineData("测试单位a1b22022年部门预算绩效信息", 2022, "测试单位a1b2")]
    [InlineData("2020年部门预算绩效信息", 2020, null)]
    [InlineData("某县人民检察院２０２０年部门预算绩效信息", 2020, "某县人民检察院")]
    [InlineData("某县人民检察院٢٠٢٠年部门预算绩效信息", 2020, "某县人民检察院")]
    public void The_title_gives_the_year_and_the_department_even_when_the_name_ends_in_a_digit(string title, int year, string? department) =>
        Assert.Equal((year, department), DisclosureTextReader.ReadTitle(title));

    [Fact]
    public void The_seed_survives_a_text_round_trip()
    {
        var seed = Samples.Seed();
        var read = DisclosureTextReader.Read(DisclosureTextWriter.Write(seed), new DisclosureReadOptions("seed-again.txt"));
        Assert.Equal(CanonicalJson.SerializeToString(seed), CanonicalJson.SerializeToString(read.GoalSet!));
    }

    [Fact]
    public void The_generator_is_deterministic_and_gives_every_department_its_own_name()
    {
        var a = new ProvinceGenerator(ProvinceGenerator.Province);
        var b = new ProvinceGenerator(ProvinceGenerator.Province);
        Assert.Equal(CanonicalJson.SerializeToString(a.Department(1234)), CanonicalJson.SerializeToString(b.Department(1234)));
        var names = Enumerable.Range(0, ProvinceGenerator.Province.Departments).Select(ProvinceGenerator.DepartmentName).ToHashSet();
        Assert.Equal(ProvinceGenerator.Province.Departments, names.Count);
    }
}
