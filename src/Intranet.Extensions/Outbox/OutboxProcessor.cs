using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Outbox;

/// <summary>
/// One pass over the outbox: claims each due delivery with an ETag-conditioned write, sends it through its
/// channel in the recipient's language and records the result. Any number of processors, in one host or
/// many, may share a store: a claim makes sure only one of them sends a delivery at a time.
/// </summary>
public sealed partial class OutboxProcessor
{
    private readonly IStateStore _store;
    private readonly IDirectory _directory;
    private readonly IReadOnlyDictionary<string, IDeliveryChannel> _channels;
    private readonly RuntimeTexts _texts;
    private readonly IOptions<IntranetOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxProcessor> _logger;

    internal OutboxProcessor(
        IStateStore store,
        IDirectory directory,
        IEnumerable<IDeliveryChannel> channels,
        RuntimeTexts texts,
        IOptions<IntranetOptions> options,
        TimeProvider time,
        ILogger<OutboxProcessor> logger)
    {
        _store = store;
        _directory = directory;
        _texts = texts;
        _options = options;
        _time = time;
        _logger = logger;
        var byName = new Dictionary<string, IDeliveryChannel>(StringComparer.OrdinalIgnoreCase);
        foreach (var channel in channels)
        {
            byName.TryAdd(channel.Name, channel); // the first registration of a name wins, like TryAdd
        }

        _channels = byName;
    }

    /// <summary>
    /// Sends every delivery that is due now and not claimed by another worker, up to
    /// <see cref="OutboxOptions.Parallelism"/> at once, and closes messages whose deliveries are all final.
    /// </summary>
    /// <returns>The number of deliveries attempted in this pass.</returns>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        var options = _options.Value;
        var now = _time.GetUtcNow();
        var markers = new List<Versioned<OpenMessageMarker>>();
        await foreach (var marker in _store.ListAsync<OpenMessageMarker>(OutboxKeys.OpenPrefix, cancellationToken).ConfigureAwait(false))
        {
            markers.Add(marker);
        }

        var work = new List<(OutboxMessageDocument Message, Versioned<DeliveryDocument> Delivery)>();
        var toRecheck = new List<Versioned<OpenMessageMarker>>();
        foreach (var marker in markers)
        {
            var messageId = marker.Value.MessageId;
            var message = await _store.GetAsync<OutboxMessageDocument>(OutboxKeys.Message(messageId), cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                LogMessageMissing(_logger, messageId);
                continue;
            }

            var pending = false;
            await foreach (var delivery in _store.ListAsync<DeliveryDocument>(OutboxKeys.DeliveriesOf(messageId), cancellationToken).ConfigureAwait(false))
            {
                pending |= delivery.Value.State == DeliveryState.Pending;
                if (delivery.Value.IsDue(now))
                {
                    work.Add((message.Value, delivery));
                }
            }

            if (pending)
            {
                toRecheck.Add(marker);
            }
            else
            {
                await CloseAsync(marker, cancellationToken).ConfigureAwait(false);
            }
        }

        var attempted = 0;
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = options.Outbox.Parallelism, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                if (await TryDeliverAsync(item.Message, item.Delivery, options, ct).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref attempted);
                }
            }).ConfigureAwait(false);

        if (attempted > 0)
        {
            foreach (var marker in toRecheck)
            {
                if (!await HasPendingAsync(marker.Value.MessageId, cancellationToken).ConfigureAwait(false))
                {
                    await CloseAsync(marker, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return attempted;
    }

    private async Task<bool> TryDeliverAsync(
        OutboxMessageDocument message, Versioned<DeliveryDocument> delivery, IntranetOptions options, CancellationToken cancellationToken)
    {
        var key = OutboxKeys.Delivery(message.Id, delivery.Value.RecipientId);
        var now = _time.GetUtcNow();
        if (delivery.Value.Attempts >= options.Outbox.MaxAttempts)
        {
            // Only after workers died mid-send MaxAttempts times: stop instead of looping on a poison delivery.
            var givenUp = Complete(delivery.Value, DeliveryState.Failed, now) with
            {
                LastError = $"Gave up after {delivery.Value.Attempts} attempts; the last one did not finish ({delivery.Value.LastError}).",
            };
            await _store.TryPutAsync(key, givenUp, WriteCondition.Matches(delivery.ETag), cancellationToken).ConfigureAwait(false);
            return false;
        }

        var claimed = delivery.Value with { Attempts = delivery.Value.Attempts + 1, ClaimedUntil = now + options.Outbox.ClaimDuration };
        var claim = await _store.TryPutAsync(key, claimed, WriteCondition.Matches(delivery.ETag), cancellationToken).ConfigureAwait(false);
        if (claim is not { } claimETag)
        {
            return false; // another worker claimed or changed it since the listing
        }

        var result = await SendAsync(message, claimed, options, cancellationToken).ConfigureAwait(false);
        var recorded = Record(claimed, result, options.Outbox, _time.GetUtcNow());
        if (await _store.TryPutAsync(key, recorded, WriteCondition.Matches(claimETag), cancellationToken).ConfigureAwait(false) is null)
        {
            // Our claim ran out and another worker took the delivery over; its record wins.
            LogClaimExpired(_logger, message.Id, claimed.RecipientId);
        }
        else
        {
            LogRecorded(_logger, message.Id, claimed.RecipientId, recorded.State, recorded.Attempts, recorded.LastError);
        }

        return true;
    }

    private async Task<DeliveryResult> SendAsync(
        OutboxMessageDocument message, DeliveryDocument delivery, IntranetOptions options, CancellationToken cancellationToken)
    {
        var channelName = message.Channel ?? options.DefaultChannel;
        if (!_channels.TryGetValue(channelName, out var channel))
        {
            return DeliveryResult.Failed(
                $"No delivery channel named '{channelName}' is registered (registered: {string.Join(", ", _channels.Keys.Order(StringComparer.Ordinal))}).");
        }

        try
        {
            var recipient = await _directory.FindAsync(delivery.RecipientId, cancellationToken).ConfigureAwait(false);
            if (recipient is null)
            {
                return DeliveryResult.Failed($"'{delivery.RecipientId}' is no longer in the directory.");
            }

            var card = message.CardFor(_texts.CultureOf(recipient));
            var request = new DeliveryRequest(
                OutboxKeys.DeliveryId(message.Id, delivery.RecipientId), message.Id, message.PluginId, recipient, card);
            return await channel.SendAsync(request, cancellationToken).ConfigureAwait(false)
                ?? DeliveryResult.Transient($"Channel '{channel.Name}' returned no result.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A throwing channel or directory is treated like a 5xx: retried with back-off.
            LogSendThrew(_logger, e, message.Id, delivery.RecipientId, channelName);
            return DeliveryResult.Transient($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static DeliveryDocument Record(DeliveryDocument claimed, DeliveryResult result, OutboxOptions options, DateTimeOffset now) =>
        result switch
        {
            DeliverySent sent => Complete(claimed, DeliveryState.Sent, now) with { SentAt = now, ExternalId = sent.ExternalId, LastError = null },
            DeliveryBlocked blocked => Complete(claimed, DeliveryState.Blocked, now) with { LastError = blocked.Reason },
            DeliveryFailed failed => Complete(claimed, DeliveryState.Failed, now) with { LastError = failed.Reason },
            DeliveryTransientFailure transient when claimed.Attempts >= options.MaxAttempts =>
                Complete(claimed, DeliveryState.Failed, now) with { LastError = $"{transient.Reason} (gave up after {claimed.Attempts} attempts)" },
            DeliveryTransientFailure transient => claimed with
            {
                ClaimedUntil = null,
                LastError = transient.Reason,
                NextAttemptAt = now + RetryBackoff.Delay(claimed.Attempts, transient.RetryAfter, options, Random.Shared.NextDouble()),
            },
            _ => throw new InvalidOperationException($"Unknown delivery result {result.GetType().Name}."),
        };

    private static DeliveryDocument Complete(DeliveryDocument delivery, DeliveryState state, DateTimeOffset now) =>
        delivery with { State = state, CompletedAt = now, ClaimedUntil = null, NextAttemptAt = null };

    private async Task<bool> HasPendingAsync(string messageId, CancellationToken cancellationToken)
    {
        await foreach (var delivery in _store.ListAsync<DeliveryDocument>(OutboxKeys.DeliveriesOf(messageId), cancellationToken).ConfigureAwait(false))
        {
            if (delivery.Value.State == DeliveryState.Pending)
            {
                return true;
            }
        }

        return false;
    }

    private async Task CloseAsync(Versioned<OpenMessageMarker> marker, CancellationToken cancellationToken)
    {
        try
        {
            // The ETag was read before the deliveries were checked: an enqueue since then rewrote it, and the message stays open.
            await _store.DeleteAsync(OutboxKeys.Open(marker.Value.MessageId), WriteCondition.Matches(marker.ETag), cancellationToken).ConfigureAwait(false);
            LogClosed(_logger, marker.Value.MessageId);
        }
        catch (ConcurrencyConflictException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} is open but its document is missing")]
    private static partial void LogMessageMissing(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending message {MessageId} to {RecipientId} through {Channel} threw; retrying later")]
    private static partial void LogSendThrew(ILogger logger, Exception exception, string messageId, string recipientId, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} to {RecipientId}: {State} after {Attempts} attempt(s) {LastError}")]
    private static partial void LogRecorded(ILogger logger, string messageId, string recipientId, DeliveryState state, int attempts, string? lastError);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} to {RecipientId}: the claim expired during the send; another worker took it over")]
    private static partial void LogClaimExpired(ILogger logger, string messageId, string recipientId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} closed: every delivery is final")]
    private static partial void LogClosed(ILogger logger, string messageId);
}
