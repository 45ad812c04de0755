using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Azure.Outbox;

/// <summary>The body of a work queue message: which batch of which message to deliver.</summary>
/// <param name="MessageId">The outbox message.</param>
/// <param name="Batch">The batch number.</param>
internal sealed record WorkItem(string MessageId, int Batch)
{
    /// <summary>The queue message text, e.g. <c>{"m":"notice-42","b":7}</c>.</summary>
    public string ToText() => JsonSerializer.Serialize(new Body(MessageId, Batch));

    /// <summary>Reads a queue message; false for anything this outbox did not write.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WorkItem? item)
    {
        item = null;
        try
        {
            if (text is not null && JsonSerializer.Deserialize<Body>(text) is { M: { } id, B: >= 0 and var batch })
            {
                _ = StateKeys.Combine(id);
                item = new WorkItem(id, batch);
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
        }

        return item is not null;
    }

    private sealed class Body(string? m, int b)
    {
        [JsonPropertyName("m")]
        public string? M { get; init; } = m;

        [JsonPropertyName("b")]
        public int B { get; init; } = b;
    }
}
