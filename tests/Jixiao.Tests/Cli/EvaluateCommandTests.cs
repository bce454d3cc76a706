using System.Text.Json;
using Jixiao.Cli;

namespace Jixiao.Tests.Cli;

/// <summary><c>jixiao evaluate</c> end to end: tables, JSON fields, languages and exit codes.</summary>
public sealed class EvaluateCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static readonly string Goals = Samples.PathOf(Samples.PublishedFile);
    private static readonly string Actuals = Samples.PathOf(Samples.PublishedActuals);

    [Fact]
    public void Json_has_the_fields_the_issue_asks_for()
    {
        var (exit, output, error) = Run("evaluate", Goals, "--actuals", Actuals, "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var fund = json.RootElement.GetProperty("funds")[0];
        Assert.Equal("办案业务经费", fund.GetProperty("name").GetString());
        var indicator = fund.GetProperty("indicators")[2];
        Assert.Equal("案件审结平均天数", indicator.GetProperty("name").GetString());
        Assert.Equal("33天", indicator.GetProperty("actual").GetString());
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("grade").ValueKind);
        Assert.False(indicator.GetProperty("met").GetBoolean());
        Assert.Equal(10m, indicator.GetProperty("points").GetDecimal());
        Assert.Equal(9m, indicator.GetProperty("score").GetDecimal());
        Assert.StartsWith("反向：", indicator.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(0.95m, fund.GetProperty("budget").GetProperty("rate").GetDecimal());
        Assert.Equal(9.5m, fund.GetProperty("budget").GetProperty("score").GetDecimal());
        Assert.Equal(97.1m, fund.GetProperty("total").GetProperty("score").GetDecimal());
        Assert.Equal("优", fund.GetProperty("total").GetProperty("grade").GetString());
        Assert.Equal(97.1m, json.RootElement.GetProperty("total").GetProperty("score").GetDecimal());
        Assert.Equal(3, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal("", error);
    }

    [Fact]
    public void English_output_translates_explanations_and_grades()
    {
        var (_, output, _) = Run("evaluate", Goals, "--actuals", Actuals, "--json", "--lang", "en");
        using var json = JsonDocument.Parse(output);
        Assert.Equal("excellent", json.RootElement.GetProperty("total").GetProperty("grade").GetString());
        Assert.StartsWith("negative: target 30天 < actual 33天", json.RootElement.GetProperty("funds")[0].GetProperty("indicators")[2].GetProperty("explanation").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_shows_the_self_evaluation_layout_and_the_findings_go_to_standard_error()
    {
        var (exit, output, error) = Run("evaluate", Goals, "--actuals", Actuals);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("项目支出绩效自评表：办案业务经费", output, StringComparison.Ordinal);
        Assert.Contains("偏差原因分析及改进措施", output, StringComparison.Ordinal);
        Assert.Contains("总分 = 各项得分之和 = 97.1 → 优", output, StringComparison.Ordinal);
        Assert.Contains("procuratorate-2020-actuals.csv:10: 警告 [score-mismatch]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_scores_with_the_department_option_and_errors_give_exit_1()
    {
        var actuals = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.csv");
        File.WriteAllText(actuals, "fund,indicator,actual\n办案业务、办案设备及科技强检经费,案件流转率,96\n办案业务、办案设备及科技强检经费,不存在,1\n");
        try
        {
            var (exit, output, error) = Run("evaluate", Samples.PathOf(Samples.SeedFile), "--department", Samples.SeedDepartment, "--actuals", actuals);
            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("部门汇总 某县人民检察院", output, StringComparison.Ordinal);
            Assert.Contains(":3: 错误 [actuals-unknown-indicator]", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(actuals);
        }
    }

    [Fact]
    public void A_missing_actuals_file_or_a_bad_policy_is_unusable_input()
    {
        Assert.Equal(ExitCodes.BadInput, Run("evaluate", Goals, "--actuals", "/nonexistent.csv").Exit);
        var policy = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, """{ "decimals": 9 }""");
        try
        {
            var (exit, _, error) = Run("evaluate", Goals, "--actuals", Actuals, "--policy", policy);
            Assert.Equal(ExitCodes.BadInput, exit);
            Assert.Contains("$.decimals", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
