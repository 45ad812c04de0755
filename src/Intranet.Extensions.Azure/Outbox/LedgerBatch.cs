using Intranet.Extensions.Delivery;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>
/// A batch of a message's recipients and their status: the unit one queue message names and one worker claims.
/// The claim (an id and an expiry) is written with the batch's ETag, so two workers never send the same batch at once.
/// </summary>
internal sealed record LedgerBatch
{
    public required string MessageId { get; init; }

    public int Batch { get; init; }

    /// <summary>The claim of the worker sending this batch now; null when nobody is.</summary>
    public string? ClaimId { get; init; }

    /// <summary>The claim ends then; afterwards another worker may take the batch over.</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>Set when the batch's queue message was dead-lettered.</summary>
    public DateTimeOffset? DeadLetteredAt { get; init; }

    public required IReadOnlyList<LedgerRecipient> Recipients { get; init; }

    /// <summary>True while another worker's claim is alive.</summary>
    public bool IsClaimed(DateTimeOffset now) => ClaimId is not null && ClaimedUntil > now;

    /// <summary>True while some recipient is not final.</summary>
    public bool HasPending => Recipients.Any(static r => r.State == DeliveryState.Pending);

    /// <summary>The earliest retry time of a pending recipient (null when one is due now or none is pending).</summary>
    public DateTimeOffset? NextAttemptAt(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var r in Recipients)
        {
            if (r.State != DeliveryState.Pending)
            {
                continue;
            }

            if (r.NextAttemptAt is not { } at || at <= now)
            {
                return now;
            }

            next = next is null || at < next ? at : next;
        }

        return next;
    }
}
