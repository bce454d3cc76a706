using Jixiao.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(TestApps))]

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// One running app per database with the demo data, shared by the integration tests (each test makes its own
/// departments or funds where it writes, so tests do not see each other's changes), and the PostgreSQL cluster.
/// Starting an app costs about a second; one per test would make the suite slow for nothing.
/// </summary>
public sealed class TestApps : IAsyncLifetime
{
    private readonly Lazy<Task<PostgresCluster>> _postgres = new(PostgresCluster.StartAsync);
    private readonly Dictionary<DatabaseKind, JixiaoApp> _apps = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<PostgresCluster> PostgresAsync() => await _postgres.Value;

    public async Task<JixiaoApp> AppAsync(DatabaseKind kind)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(kind, out var app))
            {
                app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await PostgresAsync() : null, demo: true);
                _ = app.Server;
                _apps[kind] = app;
            }
            return app;
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }
        if (_postgres.IsValueCreated)
        {
            await (await _postgres.Value).DisposeAsync();
        }
        _gate.Dispose();
    }
}
