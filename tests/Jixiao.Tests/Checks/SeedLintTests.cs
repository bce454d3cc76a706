using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;

namespace Jixiao.Tests.Checks;

/// <summary>What the linter must show on the seed (issue: quality checks, "What it must show").</summary>
public sealed class SeedLintTests
{
    private const string Casework = "办案业务、办案设备及科技强检经费";
    private const string OfficeRent = "办公用房租赁费";

    private static readonly LintReport Report = LintReport.Create(
        DisclosureTextReader.Read(Samples.Text(Samples.SeedFile), new DisclosureReadOptions(Samples.SeedFile, Samples.SeedDepartment)),
        Linter.Default)!;

    private static IEnumerable<Finding> Where(string rule, string? fund = null, string? indicator = null) =>
        Report.Findings.Where(f => f.Rule == rule && (fund is null || f.Fund == fund) && (indicator is null || f.Indicator == indicator));

    [Fact]
    public void The_overlap_of_60良_and_60中_in_the_casework_fund()
    {
        var finding = Assert.Single(Where("ladder-overlap", Casework, "采纳率"));
        Assert.Equal("≥60中", finding.Step);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.NotNull(finding.Where?.Line);
    }

    [Fact]
    public void The_step_60差_has_no_operator_and_leaves_60_to_70_ungraded()
    {
        var missing = Assert.Single(Where("ladder-missing-operator", OfficeRent, "保障各项检察工作"));
        var gap = Assert.Single(Where("ladder-gap", OfficeRent, "保障各项检察工作"));
        Assert.Equal("60差", missing.Step);
        Assert.Equal("60差", gap.Step);
        Assert.Contains("60 到 70", gap.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Equal(129, gap.Where?.Line);
    }

    [Fact]
    public void The_one_step_ladders_are_incomplete()
    {
        var incomplete = Where("ladder-incomplete").Select(f => (f.Fund, f.Indicator)).ToList();
        Assert.Contains((Casework, "涉检信访案件办结率"), incomplete);
        Assert.Contains((OfficeRent, "采纳率"), incomplete);
        Assert.Contains((OfficeRent, "涉检信访案件办结率"), incomplete);
    }

    [Fact]
    public void The_sound_ladder_of_案件流转率_gives_no_ladder_finding() =>
        Assert.DoesNotContain(Report.Findings, f => f.Indicator == "案件流转率" && f.Rule.StartsWith("ladder-", StringComparison.Ordinal));

    [Fact]
    public void 效果指标_is_nonstandard_and_效益指标_is_suggested()
    {
        var findings = Where("category-nonstandard").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("应为“效益指标”", f.Message.Format(Cultures.Chinese), StringComparison.Ordinal));
    }

    [Fact]
    public void 受理案件_is_not_a_recognised_basis() =>
        Assert.Single(Where("basis-nonstandard", Casework, "案件流转率"));

    [Fact]
    public void 案件流转率_measures_two_things()
    {
        var finding = Assert.Single(Where("indicator-compound", Casework, "案件流转率"));
        Assert.Contains("批捕准确率", finding.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        Assert.Contains("有罪判决率", finding.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void 采纳率_is_copied_into_the_office_rent_fund() =>
        Assert.Single(Where("indicator-duplicate", OfficeRent, "采纳率"));

    [Fact]
    public void The_stray_quote_of_信访_and_the_doubled_资资_heading_are_text_artifacts()
    {
        var artifacts = Where("text-artifact").ToList();
        Assert.Contains(artifacts, f => f.Indicator == "涉检信访案件办结率" && f.Text(Cultures.Chinese).Contains("\"信访", StringComparison.Ordinal));
        Assert.Contains(artifacts, f => f.Fund is null && f.Where?.Line == 26);
    }

    [Fact]
    public void Both_output_categories_have_only_quality_indicators()
    {
        var findings = Where("subcategory-missing").ToList();
        Assert.Equal([Casework, OfficeRent], findings.Select(f => f.Fund));
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void Every_finding_names_its_fund_and_line_and_has_a_message_in_both_languages()
    {
        Assert.All(Report.Findings, f =>
        {
            Assert.NotNull(f.Where?.Line);
            Assert.DoesNotContain("Lint.", f.Text(Cultures.Chinese), StringComparison.Ordinal);
            Assert.DoesNotContain("Lint.", f.Text(Cultures.English), StringComparison.Ordinal);
            Assert.NotEqual(f.Text(Cultures.Chinese), f.Text(Cultures.English));
        });
    }
}
