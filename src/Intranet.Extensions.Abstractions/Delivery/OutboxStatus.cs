namespace Intranet.Extensions.Delivery;

/// <summary>Where a delivery to one recipient stands.</summary>
public enum DeliveryState
{
    /// <summary>Not yet delivered; will be tried (again).</summary>
    Pending,
    /// <summary>Delivered.</summary>
    Sent,
    /// <summary>Given up after retries or a permanent failure.</summary>
    Failed,
    /// <summary>The recipient blocked or uninstalled the app; not retried.</summary>
    Blocked,
}

/// <summary>A message's delivery status.</summary>
/// <param name="MessageId">The message.</param>
/// <param name="PluginId">The plugin that sent it.</param>
/// <param name="CardName">The card's gallery name.</param>
/// <param name="Recipients">Status per recipient.</param>
public sealed record OutboxStatus(string MessageId, string PluginId, string CardName, IReadOnlyList<RecipientStatus> Recipients)
{
    /// <summary>How many recipients are in <paramref name="state"/>.</summary>
    public int Count(DeliveryState state) => Recipients.Count(r => r.State == state);
}

/// <summary>A recipient's delivery status.</summary>
/// <param name="RecipientId">The recipient.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">Tries so far.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="SentAt">When it was delivered.</param>
/// <param name="ExternalId">The channel's id for the delivered item.</param>
public sealed record RecipientStatus(string RecipientId, DeliveryState State, int Attempts, string? LastError, DateTimeOffset? SentAt, string? ExternalId);
