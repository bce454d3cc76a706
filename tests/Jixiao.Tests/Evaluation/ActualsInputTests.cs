using System.Text;
using Jixiao.Evaluation.Actuals;

namespace Jixiao.Tests.Evaluation;

/// <summary>Actuals files as users write them; every problem named with its line, nothing guessed.</summary>
public sealed class ActualsInputTests
{
    private static readonly Jixiao.Goals.GoalSet Seed = Samples.Seed();
    private const string Casework = "办案业务、办案设备及科技强检经费";

    private static ActualsResult Read(string text) => ActualsReader.Read(Encoding.UTF8.GetBytes(text), "actuals.csv", Seed);

    [Theory]
    [InlineData("96", ActualKind.Number, 96, null)]
    [InlineData("96%", ActualKind.Number, 96, "%")]
    [InlineData("９６％", ActualKind.Number, 96, "%")]
    [InlineData("96百分比", ActualKind.Number, 96, "%")]
    [InlineData("百分之九十六", ActualKind.Number, 96, "%")]
    [InlineData("1,200人次", ActualKind.Number, 1200, "人次")]
    [InlineData("有效", ActualKind.Tier, 0, null)]
    [InlineData("完成", ActualKind.Tier, 0, null)]
    [InlineData("不适用", ActualKind.NotApplicable, 0, null)]
    public void Values_are_read_as_users_write_them(string text, ActualKind kind, decimal number, string? unit)
    {
        Assert.True(ActualValueReader.TryRead(text, out var value));
        Assert.Equal(kind, value.Kind);
        Assert.Equal(number, value.Number);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("完成", QualitativeTier.Achieved)]
    [InlineData("未完成", QualitativeTier.NotAchieved)]
    [InlineData("无效", QualitativeTier.NotAchieved)]
    [InlineData("基本完成", QualitativeTier.Partial)]
    [InlineData("部分达成年度指标并具有一定效果", QualitativeTier.Partial)]
    public void Tier_words_are_not_confused_by_negation(string text, QualitativeTier tier)
    {
        Assert.True(ActualValueReader.TryRead(text, out var value));
        Assert.Equal(tier, value.Tier);
    }

    [Theory]
    [InlineData("约九成")]
    [InlineData("96%左右吧")]
    [InlineData("很好")]
    public void Anything_else_is_unreadable(string text) => Assert.False(ActualValueReader.TryRead(text, out _));

    [Fact]
    public void English_and_chinese_headers_read_alike_with_or_without_bom()
    {
        var english = Read($"fund,indicator,actual,reason\n{Casework},案件流转率,96,\n");
        var chinese = ActualsReader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"三级指标,专项资金,偏差原因,实际完成值\n案件流转率,{Casework},,96\n")], "a.csv", Seed);
        Assert.Empty(english.Diagnostics);
        Assert.Empty(chinese.Diagnostics);
        Assert.Equal(96m, english.Actuals!.Funds[0].Indicators[0]!.Value!.Value.Number);
        Assert.Equal(96m, chinese.Actuals!.Funds[0].Indicators[0]!.Value!.Value.Number);
    }

    [Fact]
    public void Gb18030_files_are_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes($"专项资金,三级指标,实际完成值\n{Casework},案件流转率,96%\n");
        var result = ActualsReader.Read(bytes, "gb.csv", Seed);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Actuals!.Funds[0].Indicators[0]);
    }

    [Fact]
    public void Unknown_funds_and_indicators_duplicates_and_unreadable_values_are_reported_with_their_line()
    {
        var result = Read($"""
            专项资金,三级指标,实际完成值,偏差原因,得分
            {Casework},案件流转率,96,,
            不存在的专项,案件流转率,96,,
            {Casework},案件数量,10,,
            {Casework},案件流转率,97,,
            {Casework},采纳率,约九成,,
            {Casework},涉检信访案件办结率,完成,,
            {Casework},全年预算数,100,,
            {Casework},全年执行数,95万元,,九分
            """);
        string[] expected = ["actuals-unknown-fund:3", "actuals-unknown-indicator:4", "actuals-duplicate:5", "actual-unreadable:6",
            "actual-unreadable:7", "money-unit-missing:8", "score-unreadable:9"];
        Assert.Equal(expected, result.Diagnostics.Select(d => $"{d.Code}:{d.Where?.Line}"));
        Assert.Equal(96m, result.Actuals!.Funds[0].Indicators[0]!.Value!.Value.Number);
        Assert.Contains("第 5 行重复填报了“案件流转率”（已在第 2 行填报）", result.Diagnostics[2].Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_makes_the_file_unusable()
    {
        var result = Read("专项资金,实际完成值\nx,1\n");
        Assert.Null(result.Actuals);
        Assert.Equal("actuals-header", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Money_rows_carry_amounts_in_yuan_and_a_unit_in_the_row_name_is_accepted()
    {
        var result = Read($"fund,indicator,actual,reason,score\n{Casework},年初预算数,80万元,,\n{Casework},全年预算数（万元）,100,,\n{Casework},全年执行数,950000元,延期支付,9\n");
        Assert.Empty(result.Diagnostics);
        var budget = result.Actuals!.Funds[0].Budget!;
        Assert.Equal((800_000m, 1_000_000m, 950_000m), (budget.Initial, budget.Annual, budget.Executed));
        Assert.Equal("延期支付", budget.Reason);
        Assert.Equal(9m, budget.EnteredScore);
    }

    [Fact]
    public void Units_that_disagree_with_the_target_are_errors_but_money_converts()
    {
        var goals = Samples.Published();
        var text = "专项资金,三级指标,实际完成值\n办案业务经费,案件审结平均天数,33%\n办案业务经费,办案设备购置成本,380000元\n";
        var result = ActualsReader.Read(Encoding.UTF8.GetBytes(text), "a.csv", goals);
        var mismatch = Assert.Single(result.Diagnostics);
        Assert.Equal(("actual-unit-mismatch", 2), (mismatch.Code, mismatch.Where?.Line));
        var cost = result.Actuals!.Funds[0].Indicators[3]!.Value!.Value;
        Assert.Equal((38m, "万元"), (cost.Number, cost.Unit));
    }

    [Fact]
    public void Json_actuals_bind_like_csv_and_name_lines()
    {
        var json = $$"""
            {
              "funds": [
                {
                  "name": "{{Casework}}",
                  "budget": { "unit": "万元", "annual": 100, "executed": 95, "reason": "", "score": 9.5 },
                  "indicators": [
                    { "name": "案件流转率", "actual": 96 },
                    { "name": "未知指标", "actual": "1" }
                  ]
                }
              ]
            }
            """;
        var result = ActualsReader.Read(Encoding.UTF8.GetBytes(json), "a.json", Seed);
        var unknown = Assert.Single(result.Diagnostics);
        Assert.Equal(("actuals-unknown-indicator", 8), (unknown.Code, unknown.Where?.Line));
        var fund = result.Actuals!.Funds[0];
        Assert.Equal(96m, fund.Indicators[0]!.Value!.Value.Number);
        Assert.Equal((1_000_000m, 950_000m, 9.5m), (fund.Budget!.Annual, fund.Budget.Executed, fund.Budget.EnteredScore));
    }
}
