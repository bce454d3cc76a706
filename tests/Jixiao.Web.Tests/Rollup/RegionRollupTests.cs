using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Demo;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Persistence;
using Jixiao.Data.Rollup;
using Jixiao.Governance;
using Jixiao.Targets;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Rollup;

/// <summary>
/// 区划汇总: the figures of a region page, read from the stored results with GROUP BY, equal a brute-force
/// recomputation from the stored goal sets, measurements and workflows — over generated provinces (several seeds, each
/// a 省, 2 市, 4 县 with departments spread over them), for the 省, each 市 and each 县, for an administrator and for
/// reviewers of each level; and after edits through the commands, which write the results in their transaction.
/// </summary>
public sealed class RegionRollupTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_region_figures_equal_a_brute_force_recomputation_over_generated_provinces(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var provinces = new List<IReadOnlyList<StoredRegion>>();
        foreach (var (seed, name, code) in new[] { (11, "甲", "51"), (23, "乙", "53"), (37, "丙", "45") })
        {
            await using var scope = app.CreateScope();
            var options = new ProvinceOptions(name, code, Departments: 12 + seed % 9, Seed: seed) { First = seed * 100, FundsPerDepartment = 2, IndicatorsPerFund = 4 };
            provinces.Add(await scope.ServiceProvider.GetRequiredService<DemoProvince>().AddAsync(options, Ct));
        }
        var admin = new UserAccess("admin", UserRole.Administrator, null, null);
        foreach (var regions in provinces)
        {
            foreach (var region in regions)
            {
                await AssertMatchesAsync(app, admin, region.Id, clock);
                await AssertMatchesAsync(app, new UserAccess("r", UserRole.FinanceReviewer, null, region.Id), region.Id, clock);
            }
        }

        // Changes through the commands are in the next read without any refresh: the results are written with them.
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var county = provinces[0][3];
            var year = await db.GoalSets.Where(g => g.PerformanceYear.Year == 2024 && db.Departments.Any(d => d.Id == g.PerformanceYear.DepartmentId && d.RegionId == county.Id))
                .Select(g => new { g.PerformanceYear.DepartmentId, Fund = g.Funds.OrderBy(f => f.Position).First() }).FirstAsync(Ct);
            var indicators = await db.Indicators.Where(i => i.FundId == year.Fund.Id).Select(i => i.Id).ToListAsync(Ct);
            var saved = await scope.ServiceProvider.GetRequiredService<ActualsCommands>().SaveAsync(new Scope(year.DepartmentId, 2024), year.Fund.Id,
                new FundActualsInput("120万元", "60万元", [.. indicators.Select(i => new IndicatorActualInput(i, "0", "未完成"))]), Ct);
            Assert.True(saved.Succeeded);
            var revised = await scope.ServiceProvider.GetRequiredService<Jixiao.Data.Departments.GoalCommands>().ReviseFundGoalsAsync(
                new Scope(year.DepartmentId, 2024), year.Fund.Id, new Jixiao.Data.Departments.FundGoalsInput([""]), Ct);
            Assert.True(revised.Succeeded);
            var rollup = await scope.ServiceProvider.GetRequiredService<RollupQuery>().RollupAsync(admin, county.Id, 2024, Ct);
            Assert.Equal((0, 0), (rollup!.Totals.Stale, rollup.Unrecorded));
        }
        await AssertMatchesAsync(app, admin, provinces[0][0].Id, clock);
        await AssertMatchesAsync(app, admin, provinces[0][3].Id, clock);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reviewer_opens_their_region_and_those_below_and_counts_nothing_of_another(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        await using var scope = app.CreateScope();
        var regions = await scope.ServiceProvider.GetRequiredService<DemoProvince>().AddAsync(new ProvinceOptions("丁", "53", Departments: 30, Seed: 5), Ct);
        var query = scope.ServiceProvider.GetRequiredService<RollupQuery>();
        var (province, east, west, eastCounty, westCounty) = (regions[0], regions[1], regions[2], regions[3], regions[5]);
        var eastReviewer = new UserAccess("r", UserRole.FinanceReviewer, null, east.Id);
        var countyReviewer = new UserAccess("r", UserRole.FinanceReviewer, null, eastCounty.Id);
        var admin = new UserAccess("admin", UserRole.Administrator, null, null);

        Assert.Null(await query.RollupAsync(eastReviewer, province.Id, 2024, Ct));
        Assert.Null(await query.RollupAsync(eastReviewer, west.Id, 2024, Ct));
        Assert.Null(await query.RollupAsync(eastReviewer, westCounty.Id, 2024, Ct));
        Assert.Null(await query.RollupAsync(countyReviewer, east.Id, 2024, Ct));
        Assert.Null(await query.RollupAsync(new UserAccess("e", UserRole.DepartmentEditor, 1, null), eastCounty.Id, 2024, Ct));
        var city = await query.RollupAsync(eastReviewer, east.Id, 2024, Ct);
        Assert.Equal((await query.RollupAsync(admin, east.Id, 2024, Ct))!.Totals, city!.Totals);
        Assert.Equal([eastCounty.Id, regions[4].Id], city.SubRegions.Select(s => s.Region.Id));
        Assert.Equal([east.Id], (await query.EntryRegionsAsync(eastReviewer, Ct)).Select(r => r.Id));
        var listed = await scope.ServiceProvider.GetRequiredService<RegionDepartmentsQuery>().AllAsync(countyReviewer, eastCounty.Id, 2024, new DepartmentFilter(), Ct);
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var inCounty = await db.Departments.Where(d => d.RegionId == eastCounty.Id).Select(d => d.Id).OrderBy(d => d).ToListAsync(Ct);
        Assert.Equal(inCounty, listed.Select(d => d.DepartmentId).Order());
    }

    /// <summary>Every figure of the region's page against the same figures computed one department at a time from the stored inputs.</summary>
    private static async Task AssertMatchesAsync(JixiaoApp app, UserAccess access, int regionId, TimeProvider clock)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var results = scope.ServiceProvider.GetRequiredService<YearResults>();
        var rollup = (await scope.ServiceProvider.GetRequiredService<RollupQuery>().RollupAsync(access, regionId, 2024, Ct))!;
        var regions = await db.Regions.AsNoTracking().ToListAsync(Ct);
        bool Below(int? region, int top) => region == top || regions.Any(r => r.Id == region && r.Ancestry.Contains($"/{top}/", StringComparison.Ordinal));
        var departments = (await access.Visible(db.Departments).AsNoTracking().ToListAsync(Ct)).Where(d => Below(d.RegionId, regionId)).ToList();
        var rows = new List<(StoredDepartment Department, YearFigures Figures, List<StoredWorkflow> Workflows, long? ApprovedAt)>();
        foreach (var department in departments)
        {
            if (await results.ComputeAsync(db, new Scope(department.Id, 2024), Ct) is not { } figures)
            {
                continue;
            }
            var workflows = await db.Workflows.AsNoTracking().Where(w => w.PerformanceYear.DepartmentId == department.Id && w.PerformanceYear.Year == 2024).ToListAsync(Ct);
            var goals = workflows.FirstOrDefault(w => w.Subject == WorkflowSubject.Goals);
            var approvedAt = goals is { Status: WorkflowStatus.Approved }
                ? await db.GoalSetVersions.Where(v => v.WorkflowId == goals.Id && v.Number == goals.VersionInForce).Select(v => v.ReviewedAt).FirstOrDefaultAsync(Ct)
                : null;
            rows.Add((department, figures, workflows, approvedAt));
        }
        var scored = rows.Where(r => r.Figures.SelfEvaluationHundredths is not null).ToList();
        var expected = new RegionTotals(rows.Count, rows.Sum(r => r.Figures.Funds), rows.Sum(r => r.Figures.Indicators),
            rows.Sum(r => r.Figures.MoneyTotalFen), rows.Sum(r => r.Figures.MoneyFiscalFen),
            rows.Sum(r => r.Figures.Findings.Where(f => f.Severity == Diagnostics.Severity.Error).Sum(f => f.Count)),
            rows.Sum(r => r.Figures.Findings.Where(f => f.Severity == Diagnostics.Severity.Warning).Sum(f => f.Count)),
            rows.Count(r => r.Figures.Evaluated), scored.Count, scored.Sum(r => (long)r.Figures.SelfEvaluationHundredths!.Value),
            rows.Sum(r => r.Figures.BudgetAnnualFen ?? 0), rows.Sum(r => r.Figures.BudgetExecutedFen ?? 0), 0);
        Assert.Equal(expected, rollup.Totals);
        Assert.Equal(0, rollup.Unrecorded);
        Assert.True(rows.Count > 0 || regions.Single(r => r.Id == regionId).ParentId is not null, "a generated province has departments");

        foreach (var stage in rollup.Stages)
        {
            Assert.Equal(rows.Count(r => r.Workflows.All(w => w.Subject != stage.Stage)), stage.NotStarted);
            foreach (var status in stage.Statuses)
            {
                Assert.Equal(rows.Count(r => r.Workflows.Any(w => w.Subject == stage.Stage && w.Status == status.Status)), status.Departments);
            }
        }
        var cutoff = Deadlines.PublicationCutoff(clock.GetUtcNow());
        Assert.Equal(rows.Count(r => r.ApprovedAt < cutoff), rollup.PublicationOverdue);
        var rules = rows.SelectMany(r => r.Figures.Findings.Select(f => (r.Department.Id, f))).GroupBy(x => (x.f.Rule, x.f.Severity))
            .Select(g => new RuleCount(g.Key.Rule, g.Key.Severity, g.Sum(x => x.f.Count), g.Select(x => x.Id).Distinct().Count()))
            .OrderByDescending(r => r.Severity).ThenByDescending(r => r.Findings).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList();
        Assert.Equal(rules, rollup.FindingsByRule);
        Assert.Equal(Enum.GetValues<Grade>().Select(g => rows.Count(r => r.Workflows.Any(w => w.Subject == WorkflowSubject.Goals && w.Grade == g))),
            rollup.ReviewGrades.Select(g => g.Departments));
        Assert.Equal(Enum.GetValues<Grade>().Select(g => rows.Count(r => r.Figures.SelfEvaluationGrade == g)), rollup.SelfEvaluationGrades.Select(g => g.Departments));
        Assert.Equal(Enumerable.Range(0, 10).Select(b => scored.Count(r => Math.Min(r.Figures.SelfEvaluationHundredths!.Value / 1000, 9) == b)), rollup.ScoreHistogram);
        foreach (var sub in rollup.SubRegions)
        {
            var inSub = rows.Where(r => Below(r.Department.RegionId, sub.Region.Id)).ToList();
            Assert.Equal((inSub.Count, inSub.Sum(r => r.Figures.MoneyTotalFen), inSub.Sum(r => r.Figures.Indicators)),
                (sub.Totals.Departments, sub.Totals.MoneyTotalFen, sub.Totals.Indicators));
        }
        Assert.Equal(rollup.SubRegions.Sum(s => s.Totals.Departments) + rows.Count(r => r.Department.RegionId == regionId), rollup.Totals.Departments);
    }
}
