using System.Text.Json.Nodes;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>A persisted outbox message: who sent it, over which channel, in how many batches, and the card per culture.</summary>
internal sealed record LedgerMessage
{
    public required string Id { get; init; }

    public required string PluginId { get; init; }

    public required string CardName { get; init; }

    /// <summary>The channel named by the sender; null means the host's default at send time.</summary>
    public string? Channel { get; init; }

    public DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Fixed when the message is first enqueued: recipients are hashed into this many batches.</summary>
    public int BatchCount { get; init; }

    /// <summary>Card JSON by culture name (<c>ko-KR</c>, <c>en-US</c>); the first enqueue's cards stay.</summary>
    public required Dictionary<string, JsonObject> Cards { get; init; }
}
