using Azure.Storage.Queues.Models;
using Intranet.Extensions.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>
/// The queue-backed outbox's worker, one per host: receives work messages (hidden from other hosts for the
/// visibility timeout) and hands each to <see cref="BatchHandler"/>, up to <see cref="AzureQueueOutboxOptions.ConcurrentBatches"/>
/// at once. An empty queue is looked at again after a growing pause, or at once when this host enqueues.
/// On stop it takes no more work and lets the batches it holds finish their started sends.
/// </summary>
internal sealed partial class QueueOutboxWorker(
    OutboxQueues queues, BatchHandler handler, QueueOutboxSignal signal, IOptions<AzureStorageOptions> azure,
    IOptions<IntranetOptions> intranet, TimeProvider time, ILogger<QueueOutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FirstIdlePause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan FirstFailurePause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxFailurePause = TimeSpan.FromSeconds(5);

    private Task? _wake;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = azure.Value;
        if (!o.UsesAzure(o.Outbox))
        {
            return; // the runtime's outbox delivers in this host
        }

        if (!intranet.Value.Outbox.RunWorker)
        {
            LogDisabled(logger);
            return;
        }

        var active = new List<Task>();
        var idle = FirstIdlePause;
        var failure = FirstFailurePause;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                active.RemoveAll(static t => t.IsCompleted);
                var room = o.Queue.ConcurrentBatches - active.Count;
                if (room <= 0)
                {
                    await Task.WhenAny(active).WaitAsync(stoppingToken).ConfigureAwait(false);
                    continue;
                }

                QueueMessage[] received;
                signal.Reset(); // an enqueue from now on wakes the pause below
                try
                {
                    var queue = await queues.WorkAsync(stoppingToken).ConfigureAwait(false);
                    received = (await queue.ReceiveMessagesAsync(Math.Min(room, 32), o.Queue.VisibilityTimeout, stoppingToken).ConfigureAwait(false)).Value;
                    failure = FirstFailurePause;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    LogReceiveFailed(logger, e, failure);
                    await Task.Delay(failure, time, stoppingToken).ConfigureAwait(false);
                    failure = failure * 2 > MaxFailurePause ? MaxFailurePause : failure * 2;
                    continue;
                }

                if (received.Length == 0)
                {
                    await PauseAsync(idle, active, stoppingToken).ConfigureAwait(false);
                    idle = idle * 2 > o.Queue.IdlePollInterval ? o.Queue.IdlePollInterval : idle * 2;
                    continue;
                }

                idle = FirstIdlePause;
                foreach (var message in received)
                {
                    active.Add(HandleAsync(message, stoppingToken));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Batches in hand finish the sends they started and record them; they start no new ones.
        await Task.WhenAll(active).ConfigureAwait(false);
    }

    private async Task PauseAsync(TimeSpan pause, List<Task> active, CancellationToken stoppingToken)
    {
        // One wait for the signal stays outstanding across pauses, so idle hours do not pile up waiters.
        _wake ??= signal.WaitAsync(stoppingToken);
        var waits = new List<Task>(active) { Task.Delay(pause, time, stoppingToken), _wake };
        await Task.WhenAny(waits).ConfigureAwait(false);
        if (_wake.IsCompleted)
        {
            _wake = null;
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleAsync(message, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The message stays in the queue and comes back after its visibility timeout; its receives count towards dead-lettering.
            LogHandleFailed(logger, e, message.MessageId, message.DequeueCount);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The Azure queue outbox worker is off in this host (Intranet:Outbox:RunWorker = false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from the outbox queue failed; trying again in {Pause}")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception, TimeSpan pause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox queue message {QueueMessageId} (receive {DequeueCount}) failed; it comes back after its visibility timeout")]
    private static partial void LogHandleFailed(ILogger logger, Exception exception, string queueMessageId, long dequeueCount);
}
