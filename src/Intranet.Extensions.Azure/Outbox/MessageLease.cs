using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>
/// A received queue message and its current pop receipt. Every call here runs to its end even while the host stops
/// (a finished batch is still deleted), and a receipt another worker made stale since is not an error: that worker
/// owns the message now.
/// </summary>
internal sealed class MessageLease(QueueClient queue, QueueMessage message, TimeProvider time, TimeSpan visibility)
{
    // The service hides a message for at most seven days.
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1); // each call needs the receipt the previous one returned
    private string _popReceipt = message.PopReceipt;
    private DateTimeOffset _renewedAt = time.GetUtcNow();

    public QueueMessage Message => message;

    /// <summary>Removes the message: its work is done.</summary>
    public async Task DeleteAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await queue.DeleteMessageAsync(message.MessageId, _popReceipt, CancellationToken.None).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (IsStale(e))
        {
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Puts the work back for later (a retry time, another worker's claim ending) as a fresh message, so the wait does
    /// not count as a failed receive: the dequeue count that dead-letters a batch counts only receives that ended
    /// without the worker settling it (crashes, stops, errors).
    /// </summary>
    public async Task ReplaceAsync(TimeSpan delay)
    {
        await queue.SendMessageAsync(message.MessageText, Whole(delay), TimeSpan.FromSeconds(-1), CancellationToken.None).ConfigureAwait(false);
        await DeleteAsync().ConfigureAwait(false);
    }

    /// <summary>Hides the message for <paramref name="delay"/> more.</summary>
    public async Task DeferAsync(TimeSpan delay)
    {
        var hide = Whole(delay);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var receipt = await queue.UpdateMessageAsync(message.MessageId, _popReceipt, visibilityTimeout: hide, cancellationToken: CancellationToken.None)
                .ConfigureAwait(false);
            _popReceipt = receipt.Value.PopReceipt;
            _renewedAt = time.GetUtcNow();
        }
        catch (RequestFailedException e) when (IsStale(e))
        {
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Keeps a long batch hidden from other workers: renews once half the visibility timeout has passed.</summary>
    public async Task RenewIfDueAsync()
    {
        if (time.GetUtcNow() - _renewedAt >= visibility / 2)
        {
            await DeferAsync(visibility).ConfigureAwait(false);
        }
    }

    // The service takes whole seconds and would cut 0.9 s to 0: round up, so the work never comes back early.
    private static TimeSpan Whole(TimeSpan delay) =>
        delay <= TimeSpan.Zero ? TimeSpan.Zero
        : delay >= MaxVisibility ? MaxVisibility
        : TimeSpan.FromSeconds(Math.Ceiling(delay.TotalSeconds));

    private static bool IsStale(RequestFailedException e) =>
        e.Status == 404 || (e.Status == 400 && e.ErrorCode == QueueErrorCode.PopReceiptMismatch);
}
