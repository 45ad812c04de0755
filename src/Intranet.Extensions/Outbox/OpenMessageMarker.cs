namespace Intranet.Extensions.Outbox;

/// <summary>
/// Keeps a message on the workers' list while some delivery is pending, so a pass reads only open messages.
/// Rewritten on every enqueue; workers delete it only under the ETag they saw before checking the deliveries.
/// </summary>
internal sealed record OpenMessageMarker(string MessageId, DateTimeOffset OpenedAt);
