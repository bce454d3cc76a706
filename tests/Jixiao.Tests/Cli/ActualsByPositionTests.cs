using System.Text;
using System.Text.Json;
using Jixiao.Cli;
using Jixiao.Evaluation.Actuals;
using Jixiao.Formats.Json;
using Jixiao.Goals;
using Jixiao.Goals.Codes;
using Jixiao.Targets;

namespace Jixiao.Tests.Cli;

/// <summary>
/// Two indicators of the same name in one fund (two 服务对象满意度 rows for two groups): an actuals file names each by
/// its position in the fund's table (序号), and <c>jixiao evaluate</c> scores both with their own values.
/// </summary>
public sealed class ActualsByPositionTests
{
    private static readonly GoalSet Twins = WithTwins(Samples.Seed());

    private static GoalSet WithTwins(GoalSet seed)
    {
        var fund = seed.Funds[0];
        Indicator Twin(string who) => new("满意度指标", "服务对象满意度指标", "服务对象满意度", who + "满意度", TargetParser.Parse("≥90%"), "计划标准", new Weight(5));
        var indicators = fund.Indicators.Add(Twin("办案人员")).Add(Twin("来访群众"));
        return new GoalSet(seed.Year, seed.Department, seed.Overall, seed.Funds.SetItem(0, new Fund(fund.Name, fund.Goals, indicators, fund.Money)));
    }

    private static int Count => Twins.Funds[0].Indicators.Length;

    [Fact]
    public void Rows_named_by_position_bind_to_their_own_indicator()
    {
        var csv = $"专项资金,序号,三级指标,实际完成值,偏差原因\n{Twins.Funds[0].Name},{Count - 1},服务对象满意度,95%,\n{Twins.Funds[0].Name},{Count},,80%,来访高峰期等待时间长\n";
        var read = ActualsReader.Read(Encoding.UTF8.GetBytes(csv), "actuals.csv", Twins);

        Assert.Empty(read.Diagnostics);
        var entries = read.Actuals!.Funds[0].Indicators;
        Assert.Equal("95%", entries[Count - 2]!.Value!.Value.Text);
        Assert.Equal("80%", entries[Count - 1]!.Value!.Value.Text);
        Assert.Equal("来访高峰期等待时间长", entries[Count - 1]!.Reason);
    }

    [Fact]
    public void A_name_alone_is_ambiguous_and_says_to_give_the_position()
    {
        var read = ActualsReader.Read(Encoding.UTF8.GetBytes($"专项资金,三级指标,实际完成值\n{Twins.Funds[0].Name},服务对象满意度,95%\n"), "actuals.csv", Twins);

        var problem = Assert.Single(read.Diagnostics);
        Assert.Equal("actuals-ambiguous-indicator", problem.Code);
        Assert.Contains("序号", problem.Message.Format(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第二行", "actuals-position-unreadable")]
    [InlineData("99", "actuals-unknown-position")]
    [InlineData("1", "actuals-position-mismatch")]
    public void A_bad_position_is_named_with_its_line(string position, string code)
    {
        var read = ActualsReader.Read(Encoding.UTF8.GetBytes($"fund,position,indicator,actual\n{Twins.Funds[0].Name},{position},服务对象满意度,95%\n"), "actuals.csv", Twins);

        var problem = Assert.Single(read.Diagnostics);
        Assert.Equal(code, problem.Code);
        Assert.Equal(2, problem.Where?.Line);
    }

    /// <summary>The twins with 指标代码, and the fund with a 项目代码.</summary>
    private static readonly GoalSet Coded = WithCodes(Twins);

    private static GoalSet WithCodes(GoalSet twins)
    {
        var fund = twins.Funds[0];
        var indicators = fund.Indicators.SetItem(Count - 2, fund.Indicators[Count - 2] with { Code = Code.Parse("SAT-STAFF") })
            .SetItem(Count - 1, fund.Indicators[Count - 1] with { Code = Code.Parse("SAT-PUBLIC") });
        var coded = new Fund(fund.Name, fund.Goals, indicators, fund.Money) { Code = Code.Parse("33010620200001") };
        return new GoalSet(twins.Year, twins.Department, twins.Overall, twins.Funds.SetItem(0, coded));
    }

    [Fact]
    public void Rows_named_by_indicator_code_bind_to_their_own_indicator_and_the_fund_may_be_named_by_its_code()
    {
        var csv = $"专项资金,指标代码,实际完成值\n33010620200001,SAT-PUBLIC,80%\n{Coded.Funds[0].Name},SAT-STAFF,95%\n";
        var read = ActualsReader.Read(Encoding.UTF8.GetBytes(csv), "actuals.csv", Coded);

        Assert.Empty(read.Diagnostics);
        var entries = read.Actuals!.Funds[0].Indicators;
        Assert.Equal(("95%", "80%"), (entries[Count - 2]!.Value!.Value.Text, entries[Count - 1]!.Value!.Value.Text));
    }

    [Theory]
    [InlineData("NO-SUCH", "", "", "actuals-unknown-code")]
    [InlineData("有 空格", "", "", "actuals-unknown-code")]
    [InlineData("SAT-STAFF", "服务对象满意度", "1", "actuals-code-mismatch")]
    [InlineData("SAT-STAFF", "其他指标", "", "actuals-code-mismatch")]
    public void A_code_that_names_no_row_or_contradicts_the_row_is_named_with_its_line(string code, string name, string position, string diagnostic)
    {
        var csv = $"fund,code,indicator,position,actual\n{Coded.Funds[0].Name},{code},{name},{position},95%\n";
        var read = ActualsReader.Read(Encoding.UTF8.GetBytes(csv), "actuals.csv", Coded);

        var problem = Assert.Single(read.Diagnostics);
        Assert.Equal((diagnostic, 2), (problem.Code, problem.Where?.Line));
        Assert.Contains(code, problem.Message.Format(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_scores_both_twins_from_a_json_actuals_file()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-twins-").FullName;
        try
        {
            var goals = Path.Combine(folder, "goals.json");
            File.WriteAllBytes(goals, CanonicalJson.Serialize(Twins));
            var actuals = Path.Combine(folder, "actuals.json");
            File.WriteAllText(actuals, JsonSerializer.Serialize(new
            {
                funds = new[]
                {
                    new { name = Twins.Funds[0].Name, indicators = new[] { new { position = Count - 1, actual = "95%" }, new { position = Count, actual = "80%" } } },
                },
            }));
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = JixiaoCli.Run(["evaluate", goals, "--actuals", actuals, "--json"], output, error);

            Assert.True(exit is ExitCodes.Ok or ExitCodes.Findings, error.ToString());
            using var json = JsonDocument.Parse(output.ToString());
            var rows = json.RootElement.GetProperty("funds")[0].GetProperty("indicators").EnumerateArray()
                .Where(i => i.GetProperty("name").GetString() == "服务对象满意度").ToList();
            Assert.Equal(["95%", "80%"], rows.Select(r => r.GetProperty("actual").GetString()));
            Assert.All(rows, r => Assert.True(r.GetProperty("score").GetDecimal() > 0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
