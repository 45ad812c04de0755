namespace Intranet.Extensions.Testing.Cards;

/// <summary>One problem the Adaptive Cards renderer (or a host check next to it) found in a card.</summary>
/// <param name="Phase">
/// "Parse" or "Validation" (the official renderer), "Host" (checks the renderer does not make: Teams' version 1.5
/// limit, the root type, elements newer than the card, silently dropped collections) or "Json" (malformed text).
/// </param>
/// <param name="Event">The renderer's <c>ValidationEvent</c> name, for example "UnknownElementType", or "InvalidJson".</param>
/// <param name="Message">The human-readable message.</param>
public sealed record AdaptiveCardEvent(string Phase, string Event, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Phase}] {Event}: {Message}";
}
