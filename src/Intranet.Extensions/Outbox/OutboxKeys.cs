using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Outbox;

/// <summary>Where the outbox keeps its documents in the state store.</summary>
internal static class OutboxKeys
{
    /// <summary>Prefix of the markers of messages that still have pending deliveries.</summary>
    public const string OpenPrefix = "outbox/open/";

    /// <summary>The message document (metadata and the card per culture).</summary>
    public static string Message(string messageId) => StateKeys.Combine("outbox", "messages", messageId);

    /// <summary>The marker that keeps a message on the workers' list.</summary>
    public static string Open(string messageId) => StateKeys.Combine("outbox", "open", messageId);

    /// <summary>The status document of one recipient.</summary>
    public static string Delivery(string messageId, string recipientId) => StateKeys.Combine("outbox", "deliveries", messageId, recipientId);

    /// <summary>Prefix of every status document of a message.</summary>
    public static string DeliveriesOf(string messageId) => StateKeys.Combine("outbox", "deliveries", messageId) + "/";

    /// <summary>The id channels see: stable per (message, recipient), so a retry is recognisable.</summary>
    public static string DeliveryId(string messageId, string recipientId) => $"{messageId}.{recipientId}";
}
