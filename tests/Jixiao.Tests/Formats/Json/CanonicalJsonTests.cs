using System.Text;
using CsCheck;
using Jixiao.Formats.Json;
using Jixiao.Goals;
using Jixiao.Targets;
using Jixiao.Tests.Generation;

namespace Jixiao.Tests.Formats.Json;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Random_models_survive_a_json_round_trip_byte_for_byte() =>
        ModelGen.GoalSet.Sample(goals =>
        {
            var first = CanonicalJson.Serialize(goals);
            var read = CanonicalJson.Read(first, "random.json");
            Assert.True(read.IsUsable, string.Join("; ", read.Diagnostics.Select(d => d.Message.ToString())));
            Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(CanonicalJson.Serialize(read.GoalSet!)));
        }, iter: 300);

    [Fact]
    public void The_seed_writes_the_names_other_tools_rely_on()
    {
        using var json = System.Text.Json.JsonDocument.Parse(CanonicalJson.Serialize(Samples.Seed()));
        var root = json.RootElement;
        Assert.Equal("1.1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal(2020, root.GetProperty("year").GetInt32());
        Assert.Equal("某县人民检察院", root.GetProperty("department").GetProperty("name").GetString());
        Assert.Equal(12, root.GetProperty("overall").GetProperty("goals").GetArrayLength());
        Assert.Equal(3, root.GetProperty("overall").GetProperty("subGoals").GetArrayLength());
        Assert.Equal(3, root.GetProperty("overall").GetProperty("safeguards").GetArrayLength());
        var indicator = root.GetProperty("funds")[0].GetProperty("indicators")[0];
        foreach (var name in new[] { "level1", "level2", "name", "description", "basis" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.String, indicator.GetProperty(name).ValueKind);
        }
        var target = indicator.GetProperty("target");
        Assert.Equal("ladder", target.GetProperty("kind").GetString());
        Assert.Equal("≥95优 ≥70良 ≥50中 <50差", target.GetProperty("text").GetString());
        var step = target.GetProperty("ladder")[3];
        Assert.Equal("poor", step.GetProperty("grade").GetString());
        Assert.Equal("lt", step.GetProperty("comparator").GetString());
        Assert.Equal(50, step.GetProperty("value").GetDecimal());
    }

    [Fact]
    public void A_quantitative_target_writes_comparator_value_and_unit()
    {
        var goals = new GoalSet(new FiscalYear(2021), new Department("某县教育局"), DepartmentGoals.Empty,
        [
            new Fund("学生资助", ["资助家庭经济困难学生"],
            [
                new Indicator("产出指标", "数量指标", "资助学生人次", "", TargetParser.Parse("≥1200人次"), "计划标准"),
            ]),
        ]);
        using var json = System.Text.Json.JsonDocument.Parse(CanonicalJson.Serialize(goals));
        var target = json.RootElement.GetProperty("funds")[0].GetProperty("indicators")[0].GetProperty("target");
        Assert.Equal("quantitative", target.GetProperty("kind").GetString());
        Assert.Equal("ge", target.GetProperty("comparator").GetString());
        Assert.Equal(1200, target.GetProperty("value").GetDecimal());
        Assert.Equal("人次", target.GetProperty("unit").GetString());
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"2.0\"}", "json-version")]
    [InlineData("{\"year\":2020}", "json-version")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"year\":1800,\"department\":{\"name\":\"x\"},\"overall\":{\"goals\":[],\"subGoals\":[],\"safeguards\":[]},\"funds\":[]}", "json-invalid")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"year\":2020,\"department\":{\"name\":\" \"},\"overall\":{\"goals\":[],\"subGoals\":[],\"safeguards\":[]},\"funds\":[]}", "json-invalid")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"year\":2020,", "json-invalid")]
    [InlineData("[1,2,3]", "json-version")]
    public void Bad_json_is_a_diagnostic_not_an_exception(string json, string code)
    {
        var result = CanonicalJson.Read(Encoding.UTF8.GetBytes(json), "bad.json");
        Assert.False(result.IsUsable);
        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
    }
}
