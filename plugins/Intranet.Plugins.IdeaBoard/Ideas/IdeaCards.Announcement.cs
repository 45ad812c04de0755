using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Cards;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>Idea board cards: the announcement with its form, the submission confirmation and the withdrawal.</summary>
internal static partial class IdeaCards
{
    public static AdaptiveCard Announcement(AnnouncementView view, CultureInfo culture)
    {
        var campaign = view.Campaign;
        var body = new List<CardElement>
        {
            Heading(T("announcement.heading." + campaign.Kind, culture)),
            Typed(campaign.Title, 200, bold: true, large: true),
        };
        if (campaign.Description.Length > 0)
        {
            body.Add(Typed(campaign.Description));
        }

        var facts = new List<(string, string)> { (T("announcement.window", culture), CampaignWindow.Range(campaign, view.Zone, culture)) };
        if (campaign.IncentivePoints > 0)
        {
            facts.Add((T("announcement.points", culture), F("points.value", culture, campaign.IncentivePoints)));
        }

        body.Add(Facts([.. facts]));
        body.Add(Note(T(campaign.Anonymous ? "announcement.anonymous" : "announcement.named", culture)));

        switch (view.Phase)
        {
            case CampaignPhase.Open:
                var data = Data(("campaignId", campaign.Id), ("draftId", view.DraftId));
                var form = new Container { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium, Items = [Heading(T("form.heading." + campaign.Kind, culture))] };
                form.Items.AddRange(IdeaForm.Inputs(campaign, view.Limits, view.Draft, culture));
                form.Items.Add(Buttons(
                    Button("ideaboard.submit", T("form.submit", culture), data, ActionStyle.Positive, submitsInputs: true),
                    Button("ideaboard.similar", T("form.checkSimilar", culture), data.DeepClone().AsObject(), submitsInputs: true)));
                body.Add(form);
                if (view.Similar is { } similar)
                {
                    body.AddRange(SimilarSection(campaign, similar, T("similar.heading", culture), T("similar.none", culture), culture));
                }

                break;
            case CampaignPhase.Scheduled:
                body.Add(Note(F("announcement.opensAt", culture, CampaignWindow.Format(campaign.OpensAt, view.Zone, culture)), TextColor.Accent));
                break;
            default:
                body.Add(Note(F("announcement.closedAt", culture, CampaignWindow.Format(campaign.ClosedAt ?? campaign.ClosesAt, view.Zone, culture)), TextColor.Attention));
                break;
        }

        return Card(F("announcement.fallback", culture, Labels.Kind(campaign.Kind, culture)), body, CampaignButtons(campaign, culture, includeForm: false));
    }

    public static AdaptiveCard Submitted(SubmittedView view, CultureInfo culture)
    {
        var idea = view.Idea;
        var data = Data(("campaignId", idea.CampaignId), ("ideaId", idea.Id));
        var body = new List<CardElement>
        {
            Heading(T(view.Edited ? "submitted.edited" : "submitted.heading", culture)),
            Typed(view.Campaign.Title, 200, subtle: true),
            Typed(idea.Title, 200, bold: true, large: true),
            Facts((T("idea.status", culture), Labels.Status(idea.Status, culture)), (T("idea.submittedAt", culture), When(idea.EditedAt ?? idea.SubmittedAt))),
            Note(T(view.Campaign.Anonymous ? "submitted.anonymous" : "submitted.named", culture)),
            Note(T("submitted.editable", culture)),
        };
        if (view.Similar.Count > 0)
        {
            body.AddRange(SimilarSection(view.Campaign, view.Similar, T("submitted.similar", culture), null, culture));
            body.Add(Note(T("submitted.similarHint", culture)));
        }

        return Card(T("submitted.heading", culture), body,
        [
            Button("ideaboard.idea", T("action.viewMine", culture), data, ActionStyle.Positive),
            Button("ideaboard.form", T("action.submitAnother", culture), Data(("campaignId", idea.CampaignId))),
            Button("ideaboard.browse", T("action.browse", culture), Data(("campaignId", idea.CampaignId))),
        ]);
    }

    public static AdaptiveCard Withdrawn(Campaign campaign, Idea idea, CultureInfo culture) =>
        Card(T("withdrawn.heading", culture),
        [
            Heading(T("withdrawn.heading", culture)),
            Typed(idea.Title, 200, bold: true),
            Note(T("withdrawn.body", culture)),
        ],
        CampaignButtons(campaign, culture, includeForm: true));

    /// <summary>Similar ideas, each with a button to open it.</summary>
    public static IEnumerable<CardElement> SimilarSection(Campaign campaign, IReadOnlyList<SimilarIdea> similar, string heading, string? none, CultureInfo culture)
    {
        yield return new TextBlock(heading) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
        if (similar.Count == 0 && none is not null)
        {
            yield return Note(none);
        }

        foreach (var match in similar)
        {
            yield return new Container
            {
                Spacing = Spacing.Small,
                Items =
                [
                    Typed(match.Title, 200, bold: true),
                    Note(F("similar.score", culture, (int)Math.Round(match.Score * 100))),
                    Buttons(Button("ideaboard.idea", T("action.view", culture), Data(("campaignId", campaign.Id), ("ideaId", match.IdeaId)))),
                ],
            };
        }
    }
}
