using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Replaces a card the <c>teams</c> channel delivered, in place (the chat shows the new card where the old one
/// was), when the state behind it changes: seats filled, a manual withdrawn, an idea adopted.
/// </summary>
public sealed class TeamsCardUpdater
{
    private readonly ConversationStore _conversations;
    private readonly TeamsBotChannel _channel;

    internal TeamsCardUpdater(ConversationStore conversations, TeamsBotChannel channel)
    {
        _conversations = conversations;
        _channel = channel;
    }

    /// <summary>
    /// Updates the card of outbox message <paramref name="messageId"/> that <paramref name="recipientId"/> got in Teams.
    /// An unchanged card sends nothing.
    /// </summary>
    /// <returns>The channel's result; <see cref="DeliveryFailed"/> when Teams never delivered that message to that person.</returns>
    public async Task<DeliveryResult> UpdateAsync(string messageId, string recipientId, AdaptiveCard card, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(recipientId);
        ArgumentNullException.ThrowIfNull(card);
        var delivered = await _conversations.FindDeliveryAsync(messageId, recipientId, cancellationToken).ConfigureAwait(false);
        if (delivered is null)
        {
            return DeliveryResult.Failed($"Teams has no card of message '{messageId}' for '{recipientId}'.");
        }

        var hash = TeamsBotChannel.CardHash(card);
        return hash == delivered.CardHash
            ? DeliveryResult.Sent(delivered.ActivityId)
            : await _channel.UpdateAsync(delivered, card, hash, cancellationToken).ConfigureAwait(false);
    }
}
