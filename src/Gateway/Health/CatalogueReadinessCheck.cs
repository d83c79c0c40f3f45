using Gateway.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Health;

/// <summary>
/// Ready means the catalogue answers and its schema is current: a server whose store is down or
/// behind its migrations must not be sent traffic.
/// </summary>
internal sealed class CatalogueReadinessCheck(IDbContextFactory<CatalogueDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"The {db.Provider} catalogue cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy($"The {db.Provider} catalogue is reachable and migrated.")
                : HealthCheckResult.Unhealthy($"The {db.Provider} catalogue has {pending} pending migrations.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Note: the message names the failure's kind only; connection details stay in the logs.
            return HealthCheckResult.Unhealthy(
                $"The catalogue check failed: {exception.GetType().Name}.", exception);
        }
    }
}
