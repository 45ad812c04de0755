using System.Text.Json.Nodes;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Outbox;

/// <summary>What every outbox does before it stores a message: resolve the recipients and build the cards.</summary>
public static class OutboxEnqueueing
{
    /// <summary>
    /// The distinct recipient ids of the audience, in directory order. Each id is checked as a key segment before
    /// anything is written, so a bad id leaves no half-stored message.
    /// </summary>
    /// <exception cref="ArgumentException">The audience resolves to nobody, or an id cannot be a key segment.</exception>
    public static async Task<IReadOnlyList<string>> ResolveRecipientsAsync(IDirectory directory, Audience audience, CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        if (!audience.IsEmpty)
        {
            await foreach (var person in directory.ResolveAsync(audience, cancellationToken).ConfigureAwait(false))
            {
                _ = StateKeys.Combine(person.Id);
                if (seen.Add(person.Id))
                {
                    ordered.Add(person.Id);
                }
            }
        }

        return ordered.Count > 0
            ? ordered
            : throw new ArgumentException("The audience resolves to nobody: name at least one person, group or department that has members.", nameof(audience));
    }

    /// <summary>The message's card in every supported culture, keyed by culture name.</summary>
    /// <exception cref="InvalidOperationException">The card builder returned null.</exception>
    public static Dictionary<string, JsonObject> RenderCards(OutboxMessage message)
    {
        var cards = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var culture in IntranetCultures.Supported)
        {
            var card = message.Card(culture) ?? throw new InvalidOperationException($"The card builder of '{message.CardName}' returned null for {culture.Name}.");
            cards[culture.Name] = card.ToJsonObject();
        }

        return cards;
    }
}
