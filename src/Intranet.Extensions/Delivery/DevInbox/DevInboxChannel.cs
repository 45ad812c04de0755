using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Delivery.DevInbox;

/// <summary>
/// Delivers cards to the local dev inbox, where the official Adaptive Cards renderer shows them and their
/// buttons post back to the same action router as Teams and Outlook.
/// </summary>
internal sealed class DevInboxChannel(DevInboxStore inbox, TimeProvider time) : IDeliveryChannel
{
    /// <summary>The channel name.</summary>
    public const string ChannelName = "devinbox";

    public string Name => ChannelName;

    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var item = new DevInboxItem(
            request.DeliveryId, request.Recipient.Id, request.PluginId, request.MessageId, request.Card.ToJsonObject(), now, now);

        // A repeat of the same delivery id finds the item already there: still "sent", never twice.
        await inbox.AddAsync(item, cancellationToken).ConfigureAwait(false);
        return DeliveryResult.Sent(request.DeliveryId);
    }
}
