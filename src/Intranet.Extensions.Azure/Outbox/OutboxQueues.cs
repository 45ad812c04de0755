using Azure.Storage.Queues;
using Intranet.Extensions.Azure.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>The work queue and its dead-letter queue, created on first use when the options allow.</summary>
internal sealed class OutboxQueues
{
    private readonly Lazy<QueueClient> _work;
    private readonly Lazy<QueueClient> _poison;
    private readonly CreateOnce? _create;

    public OutboxQueues(AzureClients clients, IOptions<AzureStorageOptions> options)
    {
        _work = new(() => clients.Queues.GetQueueClient(options.Value.Queue.QueueName));
        _poison = new(() => clients.Queues.GetQueueClient(options.Value.Queue.PoisonQueueName));
        if (options.Value.CreateIfNotExists)
        {
            _create = new CreateOnce(async ct =>
            {
                await _work.Value.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
                await _poison.Value.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
            });
        }
    }

    /// <summary>Creates both queues unless they exist (or creation is off).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _create?.EnsureAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>The work queue, once it exists.</summary>
    public async Task<QueueClient> WorkAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return _work.Value;
    }

    /// <summary>The dead-letter queue, once it exists.</summary>
    public async Task<QueueClient> PoisonAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return _poison.Value;
    }
}
