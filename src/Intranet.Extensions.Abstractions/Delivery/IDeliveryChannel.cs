namespace Intranet.Extensions.Delivery;

/// <summary>
/// Puts a card in front of one person: the dev inbox, a Teams chat, an Outlook mail, an activity feed.
/// Called by outbox workers only, never directly by plugins.
/// </summary>
public interface IDeliveryChannel
{
    /// <summary>The channel's name, used in options and in delivery status (for example <c>devinbox</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Delivers the card. Must be idempotent per <see cref="DeliveryRequest.DeliveryId"/>: a retry after a
    /// crash may call again with the same id.
    /// </summary>
    Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default);
}
