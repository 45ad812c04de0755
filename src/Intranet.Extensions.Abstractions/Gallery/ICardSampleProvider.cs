using System.Globalization;
using Intranet.Extensions.Cards;

namespace Intranet.Extensions.Gallery;

/// <summary>Every card a plugin can emit, filled with sample data, for the gallery and its validation tests.</summary>
public interface ICardSampleProvider
{
    /// <summary>The samples.</summary>
    IEnumerable<CardSample> GetSamples();
}

/// <summary>A card of the gallery, written as <c>{pluginId}.{name}.{culture}.json</c>.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Name">The card's name, lower-case with dashes.</param>
/// <param name="Render">Builds the card in a culture.</param>
public sealed record CardSample(string PluginId, string Name, Func<CultureInfo, AdaptiveCard> Render);
