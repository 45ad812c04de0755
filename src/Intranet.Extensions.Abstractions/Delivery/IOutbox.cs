namespace Intranet.Extensions.Delivery;

/// <summary>
/// The only way plugins send cards. A message is persisted with a status per recipient before anything is
/// sent; workers deliver it, retry with back-off and resume after a restart; nobody gets it twice.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Persists the message and its recipients. Enqueueing the same <see cref="OutboxMessage.Id"/> again adds
    /// only recipients not already there, so a retried publish never messages anyone twice.
    /// </summary>
    /// <exception cref="ArgumentException">The audience resolves to nobody.</exception>
    Task<OutboxReceipt> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>The delivery status of a message per recipient; <see langword="null"/> when unknown.</summary>
    Task<OutboxStatus?> GetStatusAsync(string messageId, CancellationToken cancellationToken = default);
}
