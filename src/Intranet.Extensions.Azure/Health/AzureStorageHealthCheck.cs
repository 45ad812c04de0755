using Azure;
using Intranet.Extensions.Azure.Outbox;
using Intranet.Extensions.Azure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Health;

/// <summary>
/// Healthy while every container and queue of the parts on Azure answers (a properties read each); says which one
/// does not. With nothing on Azure it reports healthy and says so.
/// </summary>
internal sealed class AzureStorageHealthCheck(IOptions<AzureStorageOptions> options, AzureStores stores, OutboxQueues queues) : IHealthCheck
{
    // A health probe must answer while the caller still waits, even when the account does not.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var probes = new List<(string Name, Func<CancellationToken, Task> Probe)>();
        if (o.UsesAzure(o.State) || o.UsesAzure(o.Outbox))
        {
            probes.Add(($"container {o.StateContainer}", async ct => await (await stores.StateContainer.GetAsync(ct).ConfigureAwait(false)).GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false)));
        }

        if (o.UsesAzure(o.Documents))
        {
            probes.Add(($"container {o.DocumentsContainer}", async ct => await (await stores.DocumentsContainer.GetAsync(ct).ConfigureAwait(false)).GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false)));
        }

        if (o.UsesAzure(o.Outbox))
        {
            probes.Add(($"queue {o.Queue.QueueName}", async ct => await (await queues.WorkAsync(ct).ConfigureAwait(false)).GetPropertiesAsync(ct).ConfigureAwait(false)));
        }

        if (probes.Count == 0)
        {
            return HealthCheckResult.Healthy("No part runs on Azure Storage (no account configured).");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        foreach (var (name, probe) in probes)
        {
            try
            {
                await probe(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RequestFailedException or AggregateException or OperationCanceledException or InvalidOperationException or System.Net.Http.HttpRequestException)
            {
                return HealthCheckResult.Unhealthy($"Azure Storage {name} did not answer: {e.Message}", e);
            }
        }

        return HealthCheckResult.Healthy($"Azure Storage answers ({string.Join(", ", probes.Select(static p => p.Name))}).");
    }
}
