using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.Outbox;

/// <summary>
/// The outbox on <see cref="IStateStore"/>: the message, then one status document per recipient, then the open
/// marker are written before anything is sent; <see cref="OutboxProcessor"/> delivers.
/// </summary>
internal sealed partial class StateStoreOutbox(
    IStateStore store, IDirectory directory, OutboxSignal signal, TimeProvider time, ILogger<StateStoreOutbox> logger) : IOutbox
{
    // Writes of a large audience go out in parallel; Blob Storage takes far more than this per account.
    private const int WriteParallelism = 16;

    public async Task<OutboxReceipt> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.PluginId, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.CardName, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Audience, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Card, nameof(message));
        var messageId = message.Id ?? Guid.NewGuid().ToString("N");
        _ = OutboxKeys.Message(messageId); // validates the id before anything is resolved or written

        var recipients = await OutboxEnqueueing.ResolveRecipientsAsync(directory, message.Audience, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var document = new OutboxMessageDocument
        {
            Id = messageId,
            PluginId = message.PluginId,
            CardName = message.CardName,
            Channel = message.Channel,
            EnqueuedAt = now,
            Cards = OutboxEnqueueing.RenderCards(message),
        };

        var isNew = await CreateMessageAsync(document, cancellationToken).ConfigureAwait(false);
        var added = 0;
        await Parallel.ForEachAsync(
            recipients,
            new ParallelOptions { MaxDegreeOfParallelism = WriteParallelism, CancellationToken = cancellationToken },
            async (recipient, ct) =>
            {
                if (await CreateDeliveryAsync(messageId, recipient, now, ct).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref added);
                }
            }).ConfigureAwait(false);

        // Written last and unconditionally: a new ETag tells a worker that is about to close the message to keep it.
        await store.PutAsync(OutboxKeys.Open(messageId), new OpenMessageMarker(messageId, now), WriteCondition.None, cancellationToken)
            .ConfigureAwait(false);
        signal.Notify();

        var total = isNew ? added : await CountDeliveriesAsync(messageId, cancellationToken).ConfigureAwait(false);
        LogEnqueued(logger, messageId, message.PluginId, message.CardName, added, total);
        return new OutboxReceipt(messageId, total, added);
    }

    public async Task<OutboxStatus?> GetStatusAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var message = await store.GetAsync<OutboxMessageDocument>(OutboxKeys.Message(messageId), cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return null;
        }

        var recipients = new List<RecipientStatus>();
        await foreach (var delivery in store.ListAsync<DeliveryDocument>(OutboxKeys.DeliveriesOf(messageId), cancellationToken).ConfigureAwait(false))
        {
            var d = delivery.Value;
            recipients.Add(new RecipientStatus(d.RecipientId, d.State, d.Attempts, d.LastError, d.SentAt, d.ExternalId));
        }

        return new OutboxStatus(messageId, message.Value.PluginId, message.Value.CardName, recipients);
    }

    private async Task<bool> CreateMessageAsync(OutboxMessageDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await store.PutAsync(OutboxKeys.Message(document.Id), document, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // A repeat: the first version's cards stay, so everybody gets the same content.
            var existing = await store.GetAsync<OutboxMessageDocument>(OutboxKeys.Message(document.Id), cancellationToken).ConfigureAwait(false);
            if (existing is not null && existing.Value.PluginId != document.PluginId)
            {
                throw new ArgumentException($"The message id '{document.Id}' is already used by plugin '{existing.Value.PluginId}'.", "message");
            }

            return false;
        }
    }

    private async Task<bool> CreateDeliveryAsync(string messageId, string recipientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var delivery = new DeliveryDocument { MessageId = messageId, RecipientId = recipientId, State = DeliveryState.Pending, EnqueuedAt = now };
        try
        {
            await store.PutAsync(OutboxKeys.Delivery(messageId, recipientId), delivery, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false; // already a recipient: never a second delivery
        }
    }

    private async Task<int> CountDeliveriesAsync(string messageId, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in store.ListAsync(OutboxKeys.DeliveriesOf(messageId), cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} ({PluginId}/{CardName}) enqueued: {Added} new of {Total} recipients")]
    private static partial void LogEnqueued(ILogger logger, string messageId, string pluginId, string cardName, int added, int total);
}
