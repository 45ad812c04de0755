using Intranet.Extensions.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intranet.Extensions.AspNetCore.Health;

/// <summary>Healthy while the state store answers a read.</summary>
internal sealed class StateStoreHealthCheck(IStateStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.GetAsync("health/probe", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The state store did not answer.", e);
        }
    }
}
