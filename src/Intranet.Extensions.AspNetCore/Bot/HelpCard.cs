using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Plugins;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>The answer to a plain message: what the installed plugins offer, in the person's language.</summary>
internal static class HelpCard
{
    public static AdaptiveCard Build(PluginRegistry plugins, CultureInfo culture)
    {
        var texts = BotTexts.Catalog;
        var card = new AdaptiveCard
        {
            FallbackText = texts.Get("help.title", culture),
            Body =
            [
                new TextBlock(texts.Get("help.title", culture)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextBlock(texts.Get("help.intro", culture)),
                new TextBlock(texts.Get("help.programmes", culture)) { Weight = TextWeight.Bolder },
            ],
        };

        var facts = plugins.Plugins.OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new Fact(p.GetName(culture), p.GetDescription(culture)))
            .ToList();
        card.Body.Add(facts.Count > 0 ? new FactSet { Facts = facts } : new TextBlock(texts.Get("help.none", culture)) { IsSubtle = true });
        return card;
    }
}
