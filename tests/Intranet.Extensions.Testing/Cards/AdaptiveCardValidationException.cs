using Xunit.Sdk;

namespace Intranet.Extensions.Testing.Cards;

/// <summary>Thrown by <see cref="AdaptiveCardValidator"/> assertions; lists every event of every invalid card.</summary>
public sealed class AdaptiveCardValidationException : XunitException
{
    /// <summary>Initializes a new instance of the <see cref="AdaptiveCardValidationException"/> class.</summary>
    /// <param name="eventsByCard">The events of each invalid card.</param>
    public AdaptiveCardValidationException(IReadOnlyDictionary<string, IReadOnlyList<AdaptiveCardEvent>> eventsByCard)
        : base(Describe(eventsByCard)) => EventsByCard = eventsByCard;

    /// <summary>Gets the events of each invalid card.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AdaptiveCardEvent>> EventsByCard { get; }

    private static string Describe(IReadOnlyDictionary<string, IReadOnlyList<AdaptiveCardEvent>> eventsByCard)
    {
        var lines = new List<string> { $"{eventsByCard.Count} Adaptive Card(s) are not valid:" };
        foreach (var (name, events) in eventsByCard)
        {
            lines.Add($"  {name}:");
            lines.AddRange(events.Select(e => $"    {e}"));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
