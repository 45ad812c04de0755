using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Cards;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Closing;

/// <summary>The results digest the audience gets when a campaign closes.</summary>
internal static class DigestCards
{
    public static AdaptiveCard Digest(DigestView view, CultureInfo culture)
    {
        var campaign = view.Campaign;
        var body = new List<CardElement>
        {
            Heading(T("digest.heading", culture)),
            Typed(campaign.Title, 200, bold: true, large: true),
            Note(F("digest.closed", culture, CampaignWindow.Format(view.ClosedAt, view.Zone, culture))),
            Facts(
                (T("digest.ideas", culture), view.Ideas.ToString("N0", culture)),
                (T("digest.votes", culture), view.Votes.ToString("N0", culture)),
                (T("digest.comments", culture), view.Comments.ToString("N0", culture)),
                (T("digest.participants", culture), view.Participants.ToString("N0", culture)),
                (T("digest.adopted", culture), view.Adopted.ToString("N0", culture))),
            new TextBlock(T("digest.top", culture)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true },
        };
        if (view.Top.Count == 0)
        {
            body.Add(Note(T("digest.none", culture)));
        }

        for (var i = 0; i < view.Top.Count; i++)
        {
            var row = view.Top[i];
            body.Add(new Container
            {
                Spacing = Spacing.Small,
                Items =
                [
                    Typed(row.Idea.Title, 200, bold: true),
                    Note(F("digest.row", culture, i + 1, row.Votes, row.Comments, Labels.Author(row.Idea, row.ShowAuthor, culture))),
                ],
            });
        }

        body.Add(Note(T("digest.next", culture)));
        var data = Data(("campaignId", campaign.Id));
        return Card(F("digest.fallback", culture, view.Ideas), body,
        [
            Button("ideaboard.browse", T("action.browse", culture), data),
            Button("ideaboard.mine", T("action.mine", culture), data.DeepClone().AsObject()),
            Button("ideaboard.leaderboard", T("action.leaderboard", culture), data.DeepClone().AsObject()),
        ]);
    }
}
