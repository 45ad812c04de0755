using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>
/// The outbox on Azure Storage: the message, then its recipients in hashed batches (blob documents with a status per
/// recipient), then one queue message per batch are written before anything is sent. Workers on any host take
/// the queue messages (<see cref="QueueOutboxWorker"/>).
/// </summary>
internal sealed partial class QueueOutbox(
    AzureStores stores, OutboxQueues queues, IDirectory directory, QueueOutboxSignal signal,
    IOptions<AzureStorageOptions> options, TimeProvider time, ILogger<QueueOutbox> logger) : IOutbox
{
    // Writes of a large audience go out in parallel; Blob Storage takes far more than this per account.
    private const int WriteParallelism = 16;

    // Messages never expire on their own: a retry deferred far ahead must still find its queue message (-1 = infinite).
    private static readonly TimeSpan NoExpiry = TimeSpan.FromSeconds(-1);

    public async Task<OutboxReceipt> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.PluginId, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.CardName, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Audience, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Card, nameof(message));
        var messageId = message.Id ?? Guid.NewGuid().ToString("N");
        _ = QueueOutboxKeys.Message(messageId); // validates the id before anything is resolved or written

        var recipients = await OutboxEnqueueing.ResolveRecipientsAsync(directory, message.Audience, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var document = new LedgerMessage
        {
            Id = messageId,
            PluginId = message.PluginId,
            CardName = message.CardName,
            Channel = message.Channel,
            EnqueuedAt = now,
            // Fixed by the first enqueue: a repeat that brings many more people makes its batches larger, not more.
            BatchCount = (recipients.Count + options.Value.Queue.BatchSize - 1) / options.Value.Queue.BatchSize,
            Cards = OutboxEnqueueing.RenderCards(message),
        };
        var (stored, isNew) = await CreateMessageAsync(document, cancellationToken).ConfigureAwait(false);

        var added = 0;
        var toQueue = new ConcurrentBag<int>();
        var batches = recipients.GroupBy(r => QueueOutboxKeys.BatchOf(r, stored.BatchCount));
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = WriteParallelism, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                var (count, pending) = await AddToBatchAsync(messageId, batch.Key, [.. batch], now, ct).ConfigureAwait(false);
                Interlocked.Add(ref added, count);
                if (pending)
                {
                    toQueue.Add(batch.Key);
                }
            }).ConfigureAwait(false);

        // Last, after the ledger: a queue message always finds its batch. A repeat queues its pending batches again,
        // which also repairs an earlier enqueue that died before this step; extra messages find nothing to do.
        var queue = await queues.WorkAsync(cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(
            toQueue,
            new ParallelOptions { MaxDegreeOfParallelism = WriteParallelism, CancellationToken = cancellationToken },
            async (batch, ct) => await queue.SendMessageAsync(new WorkItem(messageId, batch).ToText(), null, NoExpiry, ct).ConfigureAwait(false))
            .ConfigureAwait(false);
        signal.Notify();

        var total = isNew ? added : await CountRecipientsAsync(messageId, cancellationToken).ConfigureAwait(false);
        LogEnqueued(logger, messageId, message.PluginId, message.CardName, added, total, toQueue.Count);
        return new OutboxReceipt(messageId, total, added);
    }

    public async Task<OutboxStatus?> GetStatusAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var message = await stores.State.GetAsync<LedgerMessage>(QueueOutboxKeys.Message(messageId), cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return null;
        }

        var recipients = new List<RecipientStatus>();
        await foreach (var batch in stores.State.ListAsync<LedgerBatch>(QueueOutboxKeys.BatchesOf(messageId), cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in batch.Value.Recipients)
            {
                recipients.Add(new RecipientStatus(r.Id, r.State, r.Attempts, r.LastError, r.SentAt, r.ExternalId));
            }
        }

        return new OutboxStatus(messageId, message.Value.PluginId, message.Value.CardName, recipients);
    }

    private async Task<(LedgerMessage Stored, bool IsNew)> CreateMessageAsync(LedgerMessage document, CancellationToken cancellationToken)
    {
        var key = QueueOutboxKeys.Message(document.Id);
        if (await stores.State.TryPutAsync(key, document, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false) is not null)
        {
            return (document, true);
        }

        // A repeat: the first version's cards and batch count stay, so everybody gets the same content and hashes alike.
        var existing = await stores.State.GetAsync<LedgerMessage>(key, cancellationToken).ConfigureAwait(false)
            ?? throw new ConcurrencyConflictException(key);
        if (existing.Value.PluginId != document.PluginId)
        {
            throw new ArgumentException($"The message id '{document.Id}' is already used by plugin '{existing.Value.PluginId}'.", "message");
        }

        return (existing.Value, false);
    }

    /// <summary>Adds the recipients the batch does not hold yet; returns how many were added and whether any is pending.</summary>
    private async Task<(int Added, bool Pending)> AddToBatchAsync(string messageId, int batch, IReadOnlyList<string> recipients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var added = 0;
        var result = await stores.State.UpdateAsync<LedgerBatch>(
            QueueOutboxKeys.Batch(messageId, batch),
            current =>
            {
                var known = current?.Recipients.Select(static r => r.Id).ToHashSet(StringComparer.Ordinal) ?? [];
                var fresh = recipients.Where(id => !known.Contains(id))
                    .Select(id => new LedgerRecipient { Id = id, State = DeliveryState.Pending, EnqueuedAt = now })
                    .ToList();
                added = fresh.Count;
                if (fresh.Count == 0)
                {
                    return null; // already a recipient: never a second delivery
                }

                // Appending keeps a live claim as it is: the worker holding it merges its results over ours (BatchRun).
                return current is null
                    ? new LedgerBatch { MessageId = messageId, Batch = batch, Recipients = fresh }
                    : current with { Recipients = [.. current.Recipients, .. fresh] };
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return (added, result?.Value.HasPending ?? false);
    }

    private async Task<int> CountRecipientsAsync(string messageId, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var batch in stores.State.ListAsync<LedgerBatch>(QueueOutboxKeys.BatchesOf(messageId), cancellationToken).ConfigureAwait(false))
        {
            count += batch.Value.Recipients.Count;
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} ({PluginId}/{CardName}) enqueued: {Added} new of {Total} recipients, {Batches} batch(es) queued")]
    private static partial void LogEnqueued(ILogger logger, string messageId, string pluginId, string cardName, int added, int total, int batches);
}
