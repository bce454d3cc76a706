extern alias cli;

using Jixiao.Cycle;
using Jixiao.Data.Common;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Persistence;
using Jixiao.Evaluation.Scoring;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using JixiaoCli = cli::Jixiao.Cli.JixiaoCli;

namespace Jixiao.Web.Tests.Persistence;

/// <summary>
/// A database written before the performance-cycle model (<see cref="OldDatabase"/>) migrates on start with every goal,
/// actual, version, opinion and audit record intact: the actuals become the self-evaluation's measurements on the same
/// indicators (the two same-named ones keep their own values and now both score), and the audit chain still verifies.
/// </summary>
public sealed class CycleMigrationTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_old_database_migrates_with_everything_intact(DatabaseKind kind)
    {
        await using var app = kind == DatabaseKind.Sqlite
            ? new JixiaoApp(kind, null, demo: true, sqliteFolder: OldDatabase.SqliteCopy())
            : new JixiaoApp(kind, null, demo: true,
                postgresConnection: await OldDatabase.PostgresCopyAsync((await Apps.PostgresAsync()).NewDatabase("jixiao_old"), Ct));
        _ = app.Server;
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();

        // Goals: every fund and indicator row, by id, with the same content.
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, Ct);
        var oldIndicators = OldDatabase.Query("SELECT * FROM indicators");
        Assert.Equal(oldIndicators.Count, indicators.Count);
        foreach (var old in oldIndicators)
        {
            var now = indicators[(int)(long)old["Id"]!];
            Assert.Equal((string)old["Name"]!, now.Name);
            Assert.Equal((string)old["TargetText"]!, now.TargetText);
            Assert.Equal((string)old["TargetData"]!, now.TargetData);
            Assert.Equal((string?)old["Weight"], now.Weight?.Points.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((int)(long)old["FundId"]!, now.FundId);
            // Weights in hundredths, filled by the migration by the same rule as a save.
            Assert.Equal((int?)MeasuredValue.Hundredths(now.Weight?.Points), now.WeightHundredths);
        }
        Assert.Contains(indicators.Values, i => i.WeightHundredths is > 0);
        var funds = await db.Funds.AsNoTracking().ToDictionaryAsync(f => f.Id, Ct);
        var oldFunds = OldDatabase.Query("SELECT * FROM funds");
        Assert.Equal(oldFunds.Count, funds.Count);
        Assert.All(oldFunds, old => Assert.Equal((string)old["Name"]!, funds[(int)(long)old["Id"]!].Name));
        // Money in 分 beside the 元 as written, for SQL to sum.
        Assert.All(funds.Values, f => Assert.Equal(
            (MeasuredValue.FenOf(f.MoneyTotal), MeasuredValue.FenOf(f.MoneyFiscal), MeasuredValue.FenOf(f.MoneyOther)),
            (f.MoneyTotalFen, f.MoneyFiscalFen, f.MoneyOtherFen)));
        Assert.Contains(funds.Values, f => f.MoneyTotalFen is > 0);

        // One performance year per department-year, holding its goal set and workflows.
        var oldGoalSets = OldDatabase.Query("SELECT Id, DepartmentId, Year FROM goal_sets");
        var goalSets = await db.GoalSets.AsNoTracking().Include(g => g.PerformanceYear).ToDictionaryAsync(g => g.Id, Ct);
        Assert.All(oldGoalSets, old =>
        {
            var year = goalSets[(int)(long)old["Id"]!].PerformanceYear;
            Assert.Equal(((long)old["DepartmentId"]!, (long)old["Year"]!), (year.DepartmentId, (long)year.Year));
        });
        Assert.Equal(oldGoalSets.Count, await db.PerformanceYears.CountAsync(Ct));

        // Actuals and budget figures: now the self-evaluation's measurements of the same rows.
        var measurements = await db.Measurements.AsNoTracking().ToListAsync(Ct);
        var oldActuals = oldIndicators.Where(i => i["Actual"] is not null || i["DeviationReason"] is not null).ToList();
        Assert.Equal(149, oldActuals.Count);
        Assert.Equal(oldActuals.Count, measurements.Count);
        var byIndicator = measurements.ToDictionary(m => m.IndicatorId);
        Assert.All(oldActuals, old =>
        {
            var measured = byIndicator[(int)(long)old["Id"]!];
            Assert.Equal((string?)old["Actual"], measured.Value);
            Assert.Equal((string?)old["DeviationReason"], measured.DeviationReason);
            Assert.Equal(MeasurementStage.SelfEvaluation, measured.Stage);
        });
        var budgets = await db.FundBudgets.AsNoTracking().ToDictionaryAsync(b => b.FundId, Ct);
        var oldBudgets = oldFunds.Where(f => f["BudgetAnnual"] is not null || f["BudgetExecuted"] is not null).ToList();
        Assert.NotEmpty(oldBudgets);
        Assert.All(oldBudgets, old =>
        {
            var budget = budgets[(int)(long)old["Id"]!];
            Assert.Equal(((string?)old["BudgetAnnual"], (string?)old["BudgetExecuted"]), (budget.Annual, budget.Executed));
        });

        // Workflows, versions (frozen snapshots, opinions) and the pending import.
        var oldWorkflows = OldDatabase.Query("SELECT * FROM goal_set_workflows");
        var workflows = await db.Workflows.AsNoTracking().Include(w => w.PerformanceYear).ToDictionaryAsync(w => w.Id, Ct);
        Assert.Equal(oldWorkflows.Count, workflows.Count);
        Assert.All(oldWorkflows, old =>
        {
            var now = workflows[(int)(long)old["Id"]!];
            Assert.Equal(((string)old["Subject"]!, (string)old["Status"]!, (string)old["Opinions"]!, (long)old["Year"]!),
                (now.Subject.ToString(), now.Status.ToString(), now.Opinions, (long)now.PerformanceYear.Year));
        });
        var versions = await db.GoalSetVersions.AsNoTracking().ToDictionaryAsync(v => v.Id, Ct);
        var oldVersions = OldDatabase.Query("SELECT * FROM goal_set_versions");
        Assert.Equal(oldVersions.Count, versions.Count);
        Assert.All(oldVersions, old => Assert.Equal(((string)old["Snapshot"]!, (string)old["Opinions"]!),
            (versions[(int)(long)old["Id"]!].Snapshot, versions[(int)(long)old["Id"]!].Opinions)));
        Assert.Contains(oldVersions, v => ((string)v["Opinions"]!).Contains("请写明指标值确定依据", StringComparison.Ordinal));
        Assert.Equal(1, await db.PendingImports.CountAsync(Ct));

        // The audit trail: every record as it was, and the chain verifies against the anchor printed before.
        var oldAudit = OldDatabase.Query("SELECT Sequence, Hash FROM audit_records ORDER BY Sequence");
        var audit = await db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).Take(oldAudit.Count).Select(r => new { r.Sequence, r.Hash }).ToListAsync(Ct);
        Assert.Equal(oldAudit.Select(r => ((long)r["Sequence"]!, (string)r["Hash"]!)), audit.Select(r => (r.Sequence, r.Hash)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, JixiaoCli.Run(["audit", "verify", .. app.DatabaseArguments, "--anchor", OldDatabase.Anchor], output, error));

        // The two same-named indicators of the seed's first fund now each score with their own value.
        var twinFund = funds[indicators.Values.Where(i => i.Name == "服务对象满意度").GroupBy(i => i.FundId).Single(g => g.Count() == 2).Key];
        var seedYear = goalSets[twinFund.GoalSetId].PerformanceYear;
        var evaluated = await scope.ServiceProvider.GetRequiredService<EvaluationQuery>().EvaluateAsync(new Scope(seedYear.DepartmentId, seedYear.Year), Ct);
        var twins = evaluated!.Evaluation.Funds[twinFund.Position].Indicators.Where(i => i.Indicator.Name == "服务对象满意度").ToList();
        Assert.Equal(2, twins.Count);
        Assert.All(twins, t => Assert.NotNull(t.Actual));
        Assert.Equal(["95%", "80%"], twins.Select(t => t.Actual!.Value!.Value.Text));
        Assert.All(twins, t => Assert.True(t.Score > 0, t.Explain(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
