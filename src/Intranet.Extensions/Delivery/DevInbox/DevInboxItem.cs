using System.Text.Json.Nodes;

namespace Intranet.Extensions.Delivery.DevInbox;

/// <summary>A card delivered to a person's dev inbox.</summary>
/// <param name="Id">The delivery id (unique per message and recipient).</param>
/// <param name="UserId">The recipient.</param>
/// <param name="PluginId">The plugin that sent it.</param>
/// <param name="MessageId">The outbox message.</param>
/// <param name="Card">The card as shown now (replaced when an action returns a new card).</param>
/// <param name="DeliveredAt">When it arrived.</param>
/// <param name="UpdatedAt">When the card was last replaced.</param>
public sealed record DevInboxItem(
    string Id, string UserId, string PluginId, string MessageId, JsonObject Card, DateTimeOffset DeliveredAt, DateTimeOffset UpdatedAt);
