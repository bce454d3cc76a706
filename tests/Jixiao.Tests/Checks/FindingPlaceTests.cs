using Jixiao.Checks;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Checks;

/// <summary>
/// What an indicator rule finds carries the row it is about (fund and table position), so that two indicators of the
/// same name get each its own findings, not both of each other's.
/// </summary>
public sealed class FindingPlaceTests
{
    [Fact]
    public void Two_rows_of_one_name_each_get_their_own_findings()
    {
        var seed = Samples.Seed();
        var fund = seed.Funds[1];
        Indicator Twin(string basis) => new("满意度指标", "服务对象满意度指标", "服务对象满意度", "", TargetParser.Parse("≥90%"), basis, new Weight(5));
        var twins = new GoalSet(seed.Year, seed.Department, seed.Overall,
            seed.Funds.SetItem(1, new Fund(fund.Name, fund.Goals, fund.Indicators.Add(Twin("计划标准")).Add(Twin("")), fund.Money)));
        var last = twins.Funds[1].Indicators.Length - 1;

        var missing = Linter.Default.Lint(twins).Where(f => f.Rule == "basis-missing" && f.Indicator == "服务对象满意度").ToList();

        Assert.Equal([new RowPlace(1, last)], missing.Select(f => f.Place));
        Assert.All(Linter.Default.Lint(twins).Where(f => f.Indicator is not null && f.Rule.StartsWith("ladder", StringComparison.Ordinal)),
            f => Assert.NotNull(f.Place));
    }
}
