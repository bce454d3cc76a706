using Jixiao.Cycle;
using Jixiao.Data.Persistence;
using Jixiao.Data.Rollup;
using Jixiao.Formats.Json;
using Jixiao.Generation;
using Jixiao.Goals.Codes;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Data.Demo;

/// <summary>
/// 演示省: a small province for the demo and the roll-up tests — a 省, two 市 with two 县 each (区划代码 from
/// <see cref="ProvinceOptions.Code"/>), generated departments spread over them with goals, self-evaluations for most, and
/// the goals and self-evaluation workflows in a realistic mix of states and grades (some approved goals past the
/// 20-day publication deadline). Everything is deterministic in the seed. Stored directly, as a loader would, then
/// the results are brought to date (<see cref="YearResults.RefreshAsync"/>).
/// </summary>
public sealed class DemoProvince(JixiaoDb db, YearResults results, TimeProvider clock)
{
    private const string By = "演示数据";

    public async Task<IReadOnlyList<StoredRegion>> AddAsync(ProvinceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var regions = await RegionsAsync(options, cancellationToken);
        var random = new Random(options.Seed);
        var generator = new ProvinceGenerator(new ProvinceShape(options.First + options.Departments, options.FundsPerDepartment, options.IndicatorsPerFund, options.Year), options.Seed);
        var actuals = new ActualsGenerator(options.Seed);
        var now = clock.GetUtcNow();
        for (var i = options.First; i < options.First + options.Departments; i++)
        {
            // Most departments are a 县's, some a 市's, a few the 省's own.
            var region = regions[random.Next(10) switch { 0 => 0, 1 or 2 => 1 + random.Next(2), _ => 3 + random.Next(4) }];
            var goals = generator.Department(i);
            var department = new StoredDepartment(goals.Department.Name, isDemo: options.IsDemo, region.Id);
            db.Departments.Add(department);
            await db.SaveChangesAsync(cancellationToken);
            var year = new StoredPerformanceYear(department.Id, options.Year);
            var stored = StoredGoalSet.From(year, goals);
            db.GoalSets.Add(stored);
            await db.SaveChangesAsync(cancellationToken);
            var evaluated = random.Next(10) < 7;
            if (evaluated)
            {
                RecordActuals(goals, stored, actuals, now);
            }
            await WorkflowsAsync(year, CanonicalJson.SerializeToString(goals), evaluated, random, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await results.RefreshAsync(db, all: false, cancellationToken);
        return regions;
    }

    private async Task<List<StoredRegion>> RegionsAsync(ProvinceOptions options, CancellationToken cancellationToken)
    {
        var p = options.Code;
        var province = Region($"{options.Name}省", $"{p}0000", null);
        db.Regions.Add(province);
        await db.SaveChangesAsync(cancellationToken);
        var cities = new[] { Region($"{options.Name}东市", $"{p}0100", province), Region($"{options.Name}西市", $"{p}0300", province) };
        db.Regions.AddRange(cities);
        await db.SaveChangesAsync(cancellationToken);
        var counties = new[]
        {
            Region($"{options.Name}东市甲县", $"{p}0102", cities[0]), Region($"{options.Name}东市乙县", $"{p}0103", cities[0]),
            Region($"{options.Name}西市丙县", $"{p}0302", cities[1]), Region($"{options.Name}西市丁县", $"{p}0303", cities[1]),
        };
        db.Regions.AddRange(counties);
        await db.SaveChangesAsync(cancellationToken);
        return [province, .. cities, .. counties];
    }

    private static StoredRegion Region(string name, string code, StoredRegion? parent)
    {
        var region = new StoredRegion(name, name + (name.EndsWith('省') ? "财政厅" : "财政局"));
        region.Identify(RegionCode.Parse(code));
        region.PlaceUnder(parent);
        return region;
    }

    private void RecordActuals(Goals.GoalSet goals, StoredGoalSet stored, ActualsGenerator actuals, DateTimeOffset now)
    {
        var yearEnd = stored.PerformanceYear.YearEnd;
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            var fund = goals.Funds[f];
            for (var i = 0; i < fund.Indicators.Length; i++)
            {
                var (actual, reason) = actuals.For(fund.Indicators[i]);
                var measurement = StoredMeasurement.Start(stored.Funds[f].Indicators[i].Id, MeasurementStage.SelfEvaluation, yearEnd);
                measurement.Record(actual, reason, null, By, now);
                db.Measurements.Add(measurement);
            }
            if (actuals.BudgetFor(fund) is var (annual, executed))
            {
                var budget = StoredFundBudget.Start(stored.Funds[f].Id, MeasurementStage.SelfEvaluation, yearEnd);
                budget.Record(null, annual, executed, null, null, By, now);
                db.FundBudgets.Add(budget);
            }
        }
    }

    /// <summary>The goals' workflow in one of the states a real office shows, and for evaluated goals the self-evaluation's.</summary>
    private async Task WorkflowsAsync(StoredPerformanceYear year, string snapshot, bool evaluated, Random random, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var roll = random.Next(20);
        if (roll < 2)
        {
            return; // 未开始
        }
        var (status, grade) = roll switch
        {
            < 5 => (WorkflowStatus.Draft, (Grade?)null),
            < 8 => (WorkflowStatus.Submitted, null),
            < 10 => (WorkflowStatus.Returned, Grade.Fair),
            < 11 => (WorkflowStatus.Rejected, Grade.Poor),
            < 15 => (WorkflowStatus.Approved, random.Next(2) == 0 ? Grade.Excellent : Grade.Good),
            _ => (WorkflowStatus.Published, random.Next(3) == 0 ? Grade.Good : Grade.Excellent),
        };
        var goals = StoredWorkflow.Start(year, WorkflowSubject.Goals);
        var submitted = status != WorkflowStatus.Draft;
        var inForce = status is WorkflowStatus.Approved or WorkflowStatus.Published ? 1 : (int?)null;
        var state = new WorkflowState(status, submitted ? 1 : 0, inForce, status == WorkflowStatus.Published ? 1 : null, grade);
        goals.Record(state);
        db.Workflows.Add(goals);
        await db.SaveChangesAsync(cancellationToken);
        if (submitted)
        {
            var version = StoredGoalSetVersion.Submitted(goals.Id, 1, snapshot, null, now.AddDays(-45 - random.Next(30)), By);
            if (status != WorkflowStatus.Submitted)
            {
                // Approved 0–39 days ago: those past 20 days and not published are overdue.
                version.Reviewed(state, now.AddDays(-random.Next(40)), By);
            }
            db.GoalSetVersions.Add(version);
        }
        if (evaluated && random.Next(3) > 0)
        {
            var self = StoredWorkflow.Start(year, WorkflowSubject.SelfEvaluation);
            self.Record(new WorkflowState(random.Next(2) == 0 ? WorkflowStatus.Submitted : WorkflowStatus.Draft, 1));
            db.Workflows.Add(self);
        }
    }
}

/// <summary>What <see cref="DemoProvince"/> generates: departments <see cref="First"/> … of the generator, their shape and the 省's name and 2-digit code.</summary>
public sealed record ProvinceOptions(string Name = "演示", string Code = "52", int Departments = 60, int Seed = 2020)
{
    public int First { get; init; }

    public int FundsPerDepartment { get; init; } = 3;

    public int IndicatorsPerFund { get; init; } = 5;

    public int Year { get; init; } = 2024;

    public bool IsDemo { get; init; } = true;
}
