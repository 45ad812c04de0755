using Intranet.Extensions.Cards;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Delivery;

/// <summary>One card for one recipient.</summary>
/// <param name="DeliveryId">Stable id of this (message, recipient) pair.</param>
/// <param name="MessageId">The outbox message.</param>
/// <param name="PluginId">The plugin that sent it.</param>
/// <param name="Recipient">Who gets it.</param>
/// <param name="Card">The card in the recipient's language.</param>
public sealed record DeliveryRequest(string DeliveryId, string MessageId, string PluginId, StaffMember Recipient, AdaptiveCard Card);
