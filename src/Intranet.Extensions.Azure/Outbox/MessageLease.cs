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

    /// <summary>Hides the message for <paramref name="delay"/> more: it comes back then (a retry time, a claim's end).</summary>
    public async Task DeferAsync(TimeSpan delay)
    {
        var hide = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxVisibility ? MaxVisibility : delay;
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

    private static bool IsStale(RequestFailedException e) =>
        e.Status == 404 || (e.Status == 400 && e.ErrorCode == QueueErrorCode.PopReceiptMismatch);
}
