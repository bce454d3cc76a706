using Jixiao.Data.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jixiao.Web.Common;

/// <summary>
/// What a proxy or an orchestrator asks a node: <c>/healthz</c> (liveness: the process answers; nothing else is
/// checked, so a database outage does not get every node restarted) and <c>/readyz</c> (readiness: the database answers
/// and has every migration this build expects; 503 otherwise, so the proxy sends no users there). Both are anonymous
/// and say only <c>Healthy</c> or <c>Unhealthy</c>: no versions, names or errors for whoever asks.
/// </summary>
public static class Health
{
    private const string Ready = "ready";

    public static IServiceCollection AddJixiaoHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [Ready]);
        return services;
    }

    public static void MapJixiaoHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(new HttpMethodMetadata(["GET"])).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).WithMetadata(new HttpMethodMetadata(["GET"])).AllowAnonymous();
    }
}

/// <summary>The database answers and its schema is this build's: no migration pending.</summary>
internal sealed class DatabaseReadyCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending} migrations pending.");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
