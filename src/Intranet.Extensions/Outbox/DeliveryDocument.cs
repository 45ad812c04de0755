using System.Text.Json.Serialization;
using Intranet.Extensions.Delivery;

namespace Intranet.Extensions.Outbox;

/// <summary>The status of one (message, recipient) pair; the unit workers claim, send and record.</summary>
internal sealed record DeliveryDocument
{
    public required string MessageId { get; init; }

    public required string RecipientId { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<DeliveryState>))]
    public DeliveryState State { get; init; }

    /// <summary>Tries started so far; counted when claimed, so a try that crashed its worker counts too.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Not tried again before this time (back-off, <c>Retry-After</c>).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>A worker is sending it until then; afterwards another may take over.</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? ExternalId { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>True when it is pending, due and nobody holds a live claim on it.</summary>
    public bool IsDue(DateTimeOffset now) =>
        State == DeliveryState.Pending && !(NextAttemptAt > now) && !(ClaimedUntil > now);
}
