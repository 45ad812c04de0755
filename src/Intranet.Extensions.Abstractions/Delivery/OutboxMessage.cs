using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Delivery;

/// <summary>A card to send to an audience.</summary>
public sealed class OutboxMessage
{
    /// <summary>Idempotency key; a new id is made when not given. Letters, digits and <c>._@-</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The sending plugin's id.</summary>
    public required string PluginId { get; init; }

    /// <summary>The card's name in the plugin's gallery, for status and logs (for example <c>received</c>).</summary>
    public required string CardName { get; init; }

    /// <summary>Who gets it.</summary>
    public required Audience Audience { get; init; }

    /// <summary>
    /// Builds the card in a culture. Called once per supported culture when the message is persisted; each
    /// recipient gets the version in their preferred language.
    /// </summary>
    public required Func<CultureInfo, AdaptiveCard> Card { get; init; }

    /// <summary>The delivery channel by name; the host's default when not given.</summary>
    public string? Channel { get; init; }
}

/// <summary>What enqueueing did.</summary>
/// <param name="MessageId">The message id.</param>
/// <param name="Recipients">Recipients of the message in total.</param>
/// <param name="Added">Recipients added by this call (0 when it was a repeat).</param>
public sealed record OutboxReceipt(string MessageId, int Recipients, int Added);
