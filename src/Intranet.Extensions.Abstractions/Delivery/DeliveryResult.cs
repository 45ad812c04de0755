namespace Intranet.Extensions.Delivery;

/// <summary>What a channel reports for one delivery.</summary>
public abstract record DeliveryResult
{
    private protected DeliveryResult() { }

    /// <summary>Delivered; <paramref name="externalId"/> is the channel's id for it (activity id, mail id).</summary>
    public static DeliveryResult Sent(string? externalId = null) => new DeliverySent(externalId);

    /// <summary>The recipient cannot be reached (bot blocked or uninstalled); do not retry.</summary>
    public static DeliveryResult Blocked(string reason) => new DeliveryBlocked(reason);

    /// <summary>A passing failure (throttling, 5xx); retry, not before <paramref name="retryAfter"/> when given.</summary>
    public static DeliveryResult Transient(string reason, TimeSpan? retryAfter = null) => new DeliveryTransientFailure(reason, retryAfter);

    /// <summary>A failure that retrying will not fix.</summary>
    public static DeliveryResult Failed(string reason) => new DeliveryFailed(reason);
}

/// <summary>Delivered.</summary>
/// <param name="ExternalId">The channel's id for the delivered item.</param>
public sealed record DeliverySent(string? ExternalId) : DeliveryResult;

/// <summary>Recipient unreachable.</summary>
/// <param name="Reason">Why.</param>
public sealed record DeliveryBlocked(string Reason) : DeliveryResult;

/// <summary>Retry later.</summary>
/// <param name="Reason">Why.</param>
/// <param name="RetryAfter">The channel's requested wait.</param>
public sealed record DeliveryTransientFailure(string Reason, TimeSpan? RetryAfter) : DeliveryResult;

/// <summary>Permanent failure.</summary>
/// <param name="Reason">Why.</param>
public sealed record DeliveryFailed(string Reason) : DeliveryResult;
