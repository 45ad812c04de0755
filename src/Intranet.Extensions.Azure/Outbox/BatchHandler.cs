using System.Text.Json;
using Azure.Storage.Queues.Models;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>
/// Handles one received work message: claims its batch in the ledger, sends each due recipient once, records the
/// results, then deletes the message (all final) or puts it back for the next retry time (at once for what a
/// stopping host did not start). A message received more than <see cref="AzureQueueOutboxOptions.MaxDequeueCount"/>
/// times is dead-lettered: copied to the poison queue, its undelivered recipients marked failed with the reason.
/// </summary>
internal sealed partial class BatchHandler
{
    // Results written together: one blob write per this many sends (and at least every WriteInterval).
    private const int WriteEvery = 16;
    private static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(1);

    // A message whose batch is claimed comes back just after the claim ends, when the batch can be taken over.
    private static readonly TimeSpan ClaimSlack = TimeSpan.FromMilliseconds(500);

    // After a lost race for the claim: look again soon (the winner deletes the message when done).
    private static readonly TimeSpan RaceBackoff = TimeSpan.FromSeconds(1);

    private readonly AzureStores _stores;
    private readonly OutboxQueues _queues;
    private readonly MessageCache _messages;
    private readonly DeliverySender _sender;
    private readonly IOptions<IntranetOptions> _intranet;
    private readonly IOptions<AzureStorageOptions> _azure;
    private readonly TimeProvider _time;
    private readonly ILogger<BatchHandler> _logger;
    private readonly SemaphoreSlim _sends;

    public BatchHandler(
        AzureStores stores, OutboxQueues queues, MessageCache messages, DeliverySender sender,
        IOptions<IntranetOptions> intranet, IOptions<AzureStorageOptions> azure, TimeProvider time, ILogger<BatchHandler> logger)
    {
        _stores = stores;
        _queues = queues;
        _messages = messages;
        _sender = sender;
        _intranet = intranet;
        _azure = azure;
        _time = time;
        _logger = logger;
        _sends = new SemaphoreSlim(intranet.Value.Outbox.Parallelism); // shared by every batch of this worker
    }

    /// <param name="received">The work message.</param>
    /// <param name="stopping">Stops starting sends; sends already started finish and are recorded.</param>
    public async Task HandleAsync(QueueMessage received, CancellationToken stopping)
    {
        var options = _intranet.Value.Outbox;
        var queue = await _queues.WorkAsync(stopping).ConfigureAwait(false);
        var lease = new MessageLease(queue, received, _time, _azure.Value.Queue.VisibilityTimeout);
        if (!WorkItem.TryParse(received.MessageText, out var item))
        {
            await DeadLetterAsync(lease, null, "The queue message is not an outbox work item.").ConfigureAwait(false);
            return;
        }

        if (received.DequeueCount > _azure.Value.Queue.MaxDequeueCount)
        {
            // Checked before anything else is read: a batch or message that makes every worker fail must still end here.
            await DeadLetterAsync(lease, item, $"Dead-lettered after {received.DequeueCount} receives of its queue message " +
                $"(Intranet:Azure:Queue:MaxDequeueCount is {_azure.Value.Queue.MaxDequeueCount}): workers kept failing or stopping before the batch finished.")
                .ConfigureAwait(false);
            return;
        }

        var ledger = _stores.State;
        var key = QueueOutboxKeys.Batch(item.MessageId, item.Batch);
        var batch = await ledger.GetAsync<LedgerBatch>(key, stopping).ConfigureAwait(false);
        if (batch is null)
        {
            LogBatchMissing(_logger, item.MessageId, item.Batch);
            await lease.DeleteAsync().ConfigureAwait(false);
            return;
        }

        var now = _time.GetUtcNow();
        if (batch.Value.IsClaimed(now))
        {
            await lease.ReplaceAsync(batch.Value.ClaimedUntil!.Value - now + ClaimSlack).ConfigureAwait(false);
            return;
        }

        if (!batch.Value.Recipients.Any(r => r.IsDue(now)))
        {
            await SettleAsync(lease, batch.Value).ConfigureAwait(false);
            return;
        }

        var message = await _messages.GetAsync(item.MessageId, stopping).ConfigureAwait(false);
        if (message is null)
        {
            await DeadLetterAsync(lease, item, $"The message document of '{item.MessageId}' is missing from the ledger.").ConfigureAwait(false);
            return;
        }

        var run = await BatchRun.ClaimAsync(ledger, key, batch, options, _time, _logger, stopping).ConfigureAwait(false);
        if (run is null)
        {
            await lease.ReplaceAsync(RaceBackoff).ConfigureAwait(false);
            return;
        }

        await SendAsync(run, message, lease, options, stopping).ConfigureAwait(false);
        var written = await run.WriteAsync(final: true, stopping: stopping.IsCancellationRequested).ConfigureAwait(false);
        if (written is null)
        {
            LogClaimLost(_logger, item.MessageId, item.Batch);
            return;
        }

        LogBatchDone(_logger, item.MessageId, item.Batch, run.Sendable.Count, written.Recipients.Count(r => r.State == DeliveryState.Pending));

        // Also when stopping: the recipients it never started are due now, so the work goes straight back to the queue
        // for the hosts that stay, rather than hiding until the visibility timeout ends.
        await SettleAsync(lease, written).ConfigureAwait(false);
    }

    private async Task SendAsync(BatchRun run, CachedMessage message, MessageLease lease, OutboxOptions options, CancellationToken stopping)
    {
        // A send is never cut short by the host stopping (a cut send may have reached the person unrecorded); it is bounded
        // by the claim instead, after which another worker could take the recipient over.
        using var timeout = new CancellationTokenSource(options.ClaimDuration, _time);
        var lastWrite = _time.GetUtcNow().UtcTicks;
        await Parallel.ForEachAsync(run.Sendable, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, async (recipientId, _) =>
        {
            // Back-pressure: while results cannot be written (the store is down), stop sending more.
            if (run.Unwritten >= WriteEvery)
            {
                await run.WriteAsync().ConfigureAwait(false);
            }

            DeliveryResult result;
            await _sends.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                // Checked once a send slot is ours: a host that began stopping while this waited starts nothing new.
                if (stopping.IsCancellationRequested || !run.Start(recipientId))
                {
                    return;
                }

                result = await _sender.SendAsync(message, recipientId, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sends.Release();
            }

            run.Record(recipientId, result);
            var now = _time.GetUtcNow().UtcTicks;
            if (run.Unwritten >= WriteEvery || now - Interlocked.Read(ref lastWrite) >= WriteInterval.Ticks)
            {
                Interlocked.Exchange(ref lastWrite, now);
                await run.WriteAsync().ConfigureAwait(false);
                await lease.RenewIfDueAsync().ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Deletes a finished message, or hides it until its next retry time.</summary>
    private async Task SettleAsync(MessageLease lease, LedgerBatch batch)
    {
        var now = _time.GetUtcNow();
        if (batch.NextAttemptAt(now) is { } next)
        {
            await lease.ReplaceAsync(next - now).ConfigureAwait(false);
        }
        else
        {
            await lease.DeleteAsync().ConfigureAwait(false);
        }
    }

    private async Task DeadLetterAsync(MessageLease lease, WorkItem? item, string reason)
    {
        var now = _time.GetUtcNow();
        Versioned<LedgerBatch>? batch = null;
        if (item is not null)
        {
            try
            {
                batch = await _stores.State.GetAsync<LedgerBatch>(QueueOutboxKeys.Batch(item.MessageId, item.Batch)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                LogBatchUnreadable(_logger, e, item.MessageId, item.Batch); // dead-lettered all the same; the poison queue keeps the pointer
            }

            if (batch?.Value.IsClaimed(now) == true)
            {
                // A worker is on it after all: leave its results alone and look again when its claim ends.
                await lease.ReplaceAsync(batch.Value.ClaimedUntil!.Value - now + ClaimSlack).ConfigureAwait(false);
                return;
            }
        }

        var poison = await _queues.PoisonAsync(CancellationToken.None).ConfigureAwait(false);
        await poison.SendMessageAsync(lease.Message.MessageText, null, TimeSpan.FromSeconds(-1), CancellationToken.None).ConfigureAwait(false);
        var failed = 0;
        if (item is not null && batch is { Value.HasPending: true })
        {
            var result = await _stores.State.UpdateAsync<LedgerBatch>(QueueOutboxKeys.Batch(item.MessageId, item.Batch), current =>
            {
                if (current is null || !current.HasPending || current.IsClaimed(now))
                {
                    return null;
                }

                return current with
                {
                    DeadLetteredAt = now,
                    Recipients = [.. current.Recipients.Select(r => r.State == DeliveryState.Pending
                        ? r.Complete(DeliveryState.Failed, now, r.LastError is null ? reason : $"{reason} Last error: {r.LastError}")
                        : r)],
                };
            }).ConfigureAwait(false);
            failed = result?.Value.Recipients.Count(r => r.State == DeliveryState.Failed && r.CompletedAt == now) ?? 0;
        }

        await lease.DeleteAsync().ConfigureAwait(false);
        LogDeadLettered(_logger, item?.MessageId ?? "?", item?.Batch ?? -1, failed, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox batch {MessageId}/{Batch} is not in the ledger; its queue message is dropped")]
    private static partial void LogBatchMissing(ILogger logger, string messageId, int batch);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox batch {MessageId}/{Batch} cannot be read; its queue message is dead-lettered")]
    private static partial void LogBatchUnreadable(ILogger logger, Exception exception, string messageId, int batch);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox batch {MessageId}/{Batch}: {Tried} tried, {Pending} still pending")]
    private static partial void LogBatchDone(ILogger logger, string messageId, int batch, int tried, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox batch {MessageId}/{Batch}: the claim ran out and another worker took the batch over")]
    private static partial void LogClaimLost(ILogger logger, string messageId, int batch);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox batch {MessageId}/{Batch} dead-lettered, {Failed} recipient(s) marked failed: {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, string messageId, int batch, int failed, string reason);
}
