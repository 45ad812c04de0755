using System.Text.Json.Serialization;
using Intranet.Extensions.Delivery;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>The delivery status of one (message, recipient) pair inside its batch document.</summary>
internal sealed record LedgerRecipient
{
    public required string Id { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<DeliveryState>))]
    public DeliveryState State { get; init; }

    /// <summary>Tries started; counted when the batch is claimed, so a try that died with its worker counts too.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Not tried again before this time (back-off, <c>Retry-After</c>).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? ExternalId { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Pending and not waiting for a retry time.</summary>
    public bool IsDue(DateTimeOffset now) => State == DeliveryState.Pending && !(NextAttemptAt > now);

    /// <summary>Final with <paramref name="state"/>.</summary>
    public LedgerRecipient Complete(DeliveryState state, DateTimeOffset now, string? error) =>
        this with { State = state, CompletedAt = now, NextAttemptAt = null, LastError = error };
}
