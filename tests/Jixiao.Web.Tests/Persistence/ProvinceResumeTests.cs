using Jixiao.Data.Accounts;
using Jixiao.Data.Demo;
using Jixiao.Data.Persistence;
using Jixiao.Generation;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Tests.Persistence;

/// <summary>A province load stopped half-way resumes at the next start and says so (issue 13, item 7).</summary>
public sealed class ProvinceResumeTests(TestApps apps) : IntegrationTest(apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_load_stopped_after_a_batch_resumes_with_the_rest_and_logs_its_progress(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        _ = app.Server;
        // The first start stopped after one batch of 200: what a start asked for 200 leaves.
        await SeedAsync(app, 200, new ListLog());
        var log = new ListLog();

        await SeedAsync(app, 450, log);
        await SeedAsync(app, 450, log);

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        var names = await db.Departments.OrderBy(d => d.Id).Select(d => d.Name).ToListAsync(TestContext.Current.CancellationToken);
        var generator = new ProvinceGenerator(ProvinceGenerator.Province with { Departments = 450 });
        Assert.Equal(Enumerable.Range(0, 450).Select(i => generator.Department(i).Department.Name), names);
        Assert.Equal(450, await db.GoalSets.CountAsync(TestContext.Current.CancellationToken));
        Assert.Single(log.Lines, l => l.Contains("200 of 450 departments are stored", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("400 of 450 departments stored", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("450 of 450 departments stored", StringComparison.Ordinal));
    }

    private static async Task SeedAsync(JixiaoApp app, int departments, ListLog log)
    {
        await using var scope = app.CreateScope();
        var services = scope.ServiceProvider;
        var options = Options.Create(new DemoOptions { Seed = true, ProvinceDepartments = departments });
        var seeder = new DemoSeeder(services.GetRequiredService<JixiaoDb>(), services.GetRequiredService<DemoAccounts>(), options, TimeProvider.System, log);
        await seeder.SeedIfEmptyAsync(TestContext.Current.CancellationToken);
    }

    private sealed class ListLog : ILogger<DemoSeeder>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
