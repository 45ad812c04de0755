using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Outbox;

/// <summary>A persisted message: who sent it, over which channel, and the card rendered in every supported culture.</summary>
internal sealed record OutboxMessageDocument
{
    public required string Id { get; init; }

    public required string PluginId { get; init; }

    public required string CardName { get; init; }

    /// <summary>The channel named by the sender; null means the host's default at send time.</summary>
    public string? Channel { get; init; }

    public DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Card JSON by culture name (<c>ko-KR</c>, <c>en-US</c>).</summary>
    public required Dictionary<string, JsonObject> Cards { get; init; }

    /// <summary>The card in <paramref name="culture"/>, or the first one stored when that culture is missing.</summary>
    public AdaptiveCard CardFor(CultureInfo culture)
    {
        var json = Cards.TryGetValue(culture.Name, out var card) ? card : Cards.Values.First();
        return json.Deserialize<AdaptiveCard>(CardJson.Options) ?? throw new JsonException($"The {culture.Name} card of message '{Id}' is null.");
    }
}
