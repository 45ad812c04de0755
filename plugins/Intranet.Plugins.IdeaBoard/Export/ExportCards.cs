using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Export;

/// <summary>The card with links to a campaign's CSV files.</summary>
internal static class ExportCards
{
    public static AdaptiveCard Export(Campaign campaign, IReadOnlyList<(IdeaBoardExport Export, Uri Link)> files, CultureInfo culture) =>
        Card(T("export.heading", culture),
        [
            Heading(T("export.heading", culture)),
            Typed(campaign.Title, 200, subtle: true),
            Note(T("export.note", culture)),
        ],
        [
            .. files.Select(f => (AdaptiveAction)new OpenUrlAction { Title = T("export." + f.Export, culture), Url = f.Link.AbsoluteUri }),
            Button("ideaboard.queue", T("review.queue", culture), Data(("campaignId", campaign.Id))),
        ]);
}
