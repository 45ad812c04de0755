using Intranet.Extensions.Azure.Outbox;
using Intranet.Extensions.Azure.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Hosting;

/// <summary>
/// Creates the containers and queues of the parts on Azure when the host starts, so a wrong account or missing right
/// stops the host with a clear error instead of failing the first click. Stores also create on first use.
/// </summary>
internal sealed partial class AzureStorageInitializer(
    IOptions<AzureStorageOptions> options, AzureStores stores, OutboxQueues queues, ILogger<AzureStorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.CreateIfNotExists)
        {
            return;
        }

        var parts = new List<string>();
        if (o.UsesAzure(o.State) || o.UsesAzure(o.Outbox))
        {
            await stores.StateContainer.GetAsync(cancellationToken).ConfigureAwait(false);
            parts.Add(o.StateContainer);
        }

        if (o.UsesAzure(o.Documents))
        {
            await stores.DocumentsContainer.GetAsync(cancellationToken).ConfigureAwait(false);
            parts.Add(o.DocumentsContainer);
        }

        if (o.UsesAzure(o.Outbox))
        {
            await queues.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            parts.Add(o.Queue.QueueName);
            parts.Add(o.Queue.PoisonQueueName);
        }

        if (parts.Count > 0)
        {
            LogReady(logger, string.Join(", ", parts));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Azure Storage ready: {Resources}")]
    private static partial void LogReady(ILogger logger, string resources);
}
