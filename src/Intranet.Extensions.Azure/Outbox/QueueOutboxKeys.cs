using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>Where the queue-backed outbox keeps its ledger in the state container.</summary>
internal static class QueueOutboxKeys
{
    /// <summary>The message document (metadata, batch count and the card per culture).</summary>
    public static string Message(string messageId) => StateKeys.Combine("outbox-queue", "messages", messageId);

    /// <summary>One batch of recipients with their delivery status.</summary>
    public static string Batch(string messageId, int batch) =>
        StateKeys.Combine("outbox-queue", "batches", messageId, batch.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Prefix of every batch of a message.</summary>
    public static string BatchesOf(string messageId) => StateKeys.Combine("outbox-queue", "batches", messageId) + "/";

    /// <summary>The id channels see: the runtime's, stable per (message, recipient), so a retry is recognisable.</summary>
    public static string DeliveryId(string messageId, string recipientId) => $"{messageId}.{recipientId}";

    /// <summary>
    /// The batch a recipient belongs to: a stable hash of the id (FNV-1a, the same in every process), so enqueueing
    /// the same message again finds each recipient in the one batch whose ETag guards against adding them twice.
    /// </summary>
    public static int BatchOf(string recipientId, int batchCount)
    {
        var hash = 2166136261u;
        foreach (var c in recipientId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)batchCount);
    }
}
