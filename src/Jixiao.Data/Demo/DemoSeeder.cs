using Jixiao.Cycle;
using Jixiao.Data.Accounts;
using Jixiao.Data.Persistence;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Generation;
using Jixiao.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Data.Demo;

/// <summary>
/// 演示数据: on the first start of an empty database, imports the seed disclosure as a named county
/// procuratorate and adds a few generated departments of the same year, all marked as demo data. A generated province
/// (<see cref="DemoOptions.ProvinceDepartments"/>) is stored in batches, each in its own transaction, so a load that
/// was stopped half-way holds whole batches only: the next start resumes after them, saying so in the log, which also
/// shows the progress of every batch.
/// </summary>
public sealed partial class DemoSeeder(JixiaoDb db, DemoAccounts accounts, IOptions<DemoOptions> options, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    /// <summary>Who the generated measurements are recorded by.</summary>
    private const string DemoBy = "演示数据";

    public const string SeedFile = "Demo/procuratorate-2020-budget-performance.txt";

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Seed)
        {
            return;
        }
        if (settings.ProvinceDepartments > 0)
        {
            await SeedProvinceAsync(settings.ProvinceDepartments, cancellationToken);
            return;
        }
        if (await db.Departments.AnyAsync(cancellationToken))
        {
            return;
        }
        var goalSets = new List<GoalSet>();
        var seedPath = Path.Combine(AppContext.BaseDirectory, SeedFile);
        if (DocumentReader.ReadFile(seedPath, new DisclosureReadOptions(Path.GetFileName(seedPath), settings.SeedDepartmentName)).GoalSet is { } seed)
        {
            goalSets.Add(seed);
        }
        else
        {
            SeedUnreadable(logger, seedPath);
        }
        var year = goalSets.FirstOrDefault()?.Year.Value ?? 2020;
        var generator = new ProvinceGenerator(new ProvinceShape(settings.GeneratedDepartments, 3, 8, year));
        var withActuals = goalSets.Count;
        goalSets.AddRange(generator.Departments());
        var departments = await SaveAsync(goalSets, cancellationToken, withActualsFrom: withActuals);
        await accounts.CreateAsync(departments, cancellationToken);
        DemoAdded(logger, goalSets.Count, year);
    }

    /// <summary>
    /// Adds the generated province in batches, so that memory stays flat for 10,000 departments. The generator is
    /// deterministic by department number and a batch commits whole, so the demo departments already stored are the
    /// first ones of the province: a stopped load resumes at the next. A database with departments of its own is left
    /// alone.
    /// </summary>
    private async Task SeedProvinceAsync(int departments, CancellationToken cancellationToken)
    {
        var stored = await db.Departments.CountAsync(d => d.IsDemo, cancellationToken);
        if (stored >= departments || await db.Departments.AnyAsync(d => !d.IsDemo, cancellationToken))
        {
            return;
        }
        if (stored > 0)
        {
            ProvinceResumed(logger, stored, departments);
        }
        var shape = ProvinceGenerator.Province with { Departments = departments };
        var generator = new ProvinceGenerator(shape);
        const int batch = 200;
        for (var start = stored; start < departments; start += batch)
        {
            var goalSets = Enumerable.Range(start, Math.Min(batch, departments - start)).Select(generator.Department).ToList();
            await SaveAsync(goalSets, cancellationToken);
            ProvinceProgress(logger, start + goalSets.Count, departments);
        }
        DemoAdded(logger, departments, shape.Year);
    }

    /// <summary>Saves goal sets; those from <paramref name="withActualsFrom"/> on get a year's generated actuals, so that
    /// the self-evaluation screens of the demo have something to show (the seed's are entered by the user).</summary>
    private async Task<List<StoredDepartment>> SaveAsync(List<GoalSet> goalSets, CancellationToken cancellationToken, int? withActualsFrom = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var departments = goalSets.Select(g => new StoredDepartment(g.Department.Name, isDemo: true)).ToList();
        db.Departments.AddRange(departments);
        await db.SaveChangesAsync(cancellationToken);
        var stored = goalSets.Select((g, i) => StoredGoalSet.From(new StoredPerformanceYear(departments[i].Id, g.Year.Value), g)).ToList();
        db.GoalSets.AddRange(stored);
        await db.SaveChangesAsync(cancellationToken);
        if (withActualsFrom is { } first)
        {
            RecordActuals(goalSets, stored, first);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return departments;
    }

    private void RecordActuals(List<GoalSet> goalSets, List<StoredGoalSet> stored, int first)
    {
        var actuals = new ActualsGenerator();
        var now = clock.GetUtcNow();
        for (var g = first; g < goalSets.Count; g++)
        {
            for (var f = 0; f < goalSets[g].Funds.Length; f++)
            {
                var fund = goalSets[g].Funds[f];
                var storedFund = stored[g].Funds[f];
                var yearEnd = stored[g].PerformanceYear.YearEnd;
                for (var i = 0; i < fund.Indicators.Length; i++)
                {
                    var (actual, reason) = actuals.For(fund.Indicators[i]);
                    var measurement = StoredMeasurement.Start(storedFund.Indicators[i].Id, MeasurementStage.SelfEvaluation, yearEnd);
                    measurement.Record(actual, reason, null, DemoBy, now);
                    db.Measurements.Add(measurement);
                }
                if (actuals.BudgetFor(fund) is var (annual, executed))
                {
                    var budget = StoredFundBudget.Start(storedFund.Id, MeasurementStage.SelfEvaluation, yearEnd);
                    budget.Record(null, annual, executed, null, null, DemoBy, now);
                    db.FundBudgets.Add(budget);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo seed {Path} could not be read; only generated departments are added.")]
    private static partial void SeedUnreadable(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Province load was stopped before it finished: {Stored} of {Total} departments are stored; loading the rest.")]
    private static partial void ProvinceResumed(ILogger logger, int stored, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Province load: {Stored} of {Total} departments stored.")]
    private static partial void ProvinceProgress(ILogger logger, int stored, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data added: {Count} departments of {Year}.")]
    private static partial void DemoAdded(ILogger logger, int count, int year);
}
