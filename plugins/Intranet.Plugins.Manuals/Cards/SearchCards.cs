using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.Manuals.Model;
using Intranet.Plugins.Manuals.Search;
using static Intranet.Plugins.Manuals.Cards.CardParts;

namespace Intranet.Plugins.Manuals.Cards;

/// <summary>Search results inside the card: matching tasks, each with a button, and the search box again.</summary>
internal static class SearchCards
{
    public static AdaptiveCard Results(ManualVersion version, string query, IReadOnlyList<TaskSearchHit> hits, CultureInfo culture)
    {
        var manual = version.Manual;
        var card = Card(F("search.fallback", culture, manual.Title),
        [
            Header(F("search.kicker", culture, version.Number), manual.Title),
            // The query is what the person typed: a run, never Markdown.
            CardText.Verbatim(F("search.results", culture, CardText.Truncate(query, 100), hits.Count), 300),
        ]);
        if (hits.Count == 0)
        {
            card.Body.Add(new TextBlock(T("search.none", culture)) { IsSubtle = true });
        }

        foreach (var hit in hits)
        {
            var left = new List<CardElement>
            {
                Runs(Run(hit.Task.Title, bold: true)),
                Runs(Run(hit.Area.Title + " · ", subtle: true, maxLength: 80), Run(hit.Snippet, subtle: true, maxLength: 160)),
            };
            if (BrowseCards.ChangeTag(version, hit.Task.Key, culture) is { } tag)
            {
                left.Add(tag);
            }

            card.Body.Add(Row(left, Execute("task", T("browse.read", culture), Data(version, ("task", hit.Task.Key)))));
        }

        card.Body.Add(new Container { Separator = true, Spacing = Spacing.Medium, Items = SearchBox(version, culture, query) });
        card.Actions.Add(Execute("browse", T("action.browse", culture), Data(version)));
        card.Actions.Add(Execute("view", T("action.back", culture), Data(version)));
        return card;
    }
}
