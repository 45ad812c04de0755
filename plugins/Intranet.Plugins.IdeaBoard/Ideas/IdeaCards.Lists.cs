using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Cards;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>Idea board cards: lists of ideas (browse, my ideas) and the parts other lists share.</summary>
internal static partial class IdeaCards
{
    /// <summary>How many of their own ideas "my ideas" lists (the newest).</summary>
    public const int MineShown = 10;

    public static AdaptiveCard Browse(BrowseView view, CultureInfo culture)
    {
        var campaign = view.Campaign;
        var body = new List<CardElement>
        {
            Heading(T(view.Sort == "latest" ? "browse.heading.latest" : "browse.heading.top", culture)),
            Typed(campaign.Title, 200, subtle: true),
            Note(F("browse.summary", culture, view.Total, T("phase." + view.Phase, culture))),
            Buttons(
                Button("ideaboard.browse", T("browse.top", culture), Data(("campaignId", campaign.Id), ("sort", "top")), view.Sort == "top" ? ActionStyle.Positive : null),
                Button("ideaboard.browse", T("browse.latest", culture), Data(("campaignId", campaign.Id), ("sort", "latest")), view.Sort == "latest" ? ActionStyle.Positive : null)),
        };

        if (view.Rows.Count == 0)
        {
            body.Add(Note(T("browse.empty", culture)));
        }

        var rank = view.Page * view.Rows.Count;
        foreach (var row in view.Rows)
        {
            rank++;
            body.Add(Row(row, F(row.ShowAuthor ? "browse.row.named" : "browse.row", culture,
                view.Sort == "top" ? rank : (object)"·", row.Votes, row.Comments, Labels.Status(row.Idea.Status, culture), row.Idea.AuthorName), culture));
        }

        if (view.PageCount > 1)
        {
            body.Add(Note(F("browse.page", culture, view.Page + 1, view.PageCount)));
            var paging = new List<AdaptiveAction>();
            if (view.Page > 0)
            {
                paging.Add(Button("ideaboard.browse", T("browse.previous", culture), Page(view, view.Page - 1)));
            }

            if (view.Page + 1 < view.PageCount)
            {
                paging.Add(Button("ideaboard.browse", T("browse.next", culture), Page(view, view.Page + 1)));
            }

            body.Add(Buttons([.. paging]));
        }

        return Card(T("browse.heading.top", culture), body, CampaignButtons(campaign, culture, includeForm: view.Phase == CampaignPhase.Open, includeBrowse: false));
    }

    public static AdaptiveCard Mine(MineView view, CultureInfo culture)
    {
        var body = new List<CardElement>
        {
            Heading(T("mine.heading", culture)),
            Typed(view.Campaign.Title, 200, subtle: true),
            Note(F("mine.points", culture, view.Points), view.Points > 0 ? TextColor.Good : null),
        };
        if (view.Rows.Count == 0)
        {
            body.Add(Note(T("mine.empty", culture)));
        }

        foreach (var row in view.Rows.Take(MineShown))
        {
            var status = Labels.Status(row.Idea.Status, culture);
            if (row.Idea.Implementation is { } implementation)
            {
                status = F("mine.implementation", culture, status, Labels.Implementation(implementation, culture));
            }

            body.Add(Row(row, F("mine.row", culture, status, row.Votes, row.Comments), culture));
        }

        if (view.Rows.Count > MineShown)
        {
            body.Add(Note(F("mine.more", culture, view.Rows.Count - MineShown)));
        }

        return Card(T("mine.heading", culture), body, CampaignButtons(view.Campaign, culture, includeForm: view.Phase == CampaignPhase.Open, includeMine: false));
    }

    /// <summary>A list entry: the title verbatim, a summary line, a button to open it.</summary>
    public static Container Row(IdeaRow row, string summary, CultureInfo culture, string verb = "ideaboard.idea", string? buttonKey = null) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            Typed(row.Idea.Title, 200, bold: true),
            Note(summary),
            Buttons(Button(verb, T(buttonKey ?? "action.view", culture), Data(("campaignId", row.Idea.CampaignId), ("ideaId", row.Idea.Id)))),
        ],
    };

    /// <summary>The buttons every campaign card ends with.</summary>
    public static List<AdaptiveAction> CampaignButtons(Campaign campaign, CultureInfo culture, bool includeForm, bool includeBrowse = true, bool includeMine = true)
    {
        var data = Data(("campaignId", campaign.Id));
        var actions = new List<AdaptiveAction>();
        if (includeForm)
        {
            actions.Add(Button("ideaboard.form", T("action.submitIdea", culture), data.DeepClone().AsObject(), ActionStyle.Positive));
        }

        if (includeBrowse)
        {
            actions.Add(Button("ideaboard.browse", T("action.browse", culture), data.DeepClone().AsObject()));
        }

        if (includeMine)
        {
            actions.Add(Button("ideaboard.mine", T("action.mine", culture), data.DeepClone().AsObject()));
        }

        actions.Add(Button("ideaboard.leaderboard", T("action.leaderboard", culture), data.DeepClone().AsObject()));
        return actions;
    }

    private static System.Text.Json.Nodes.JsonObject Page(BrowseView view, int page) =>
        Data(("campaignId", view.Campaign.Id), ("sort", view.Sort), ("page", page.ToString(CultureInfo.InvariantCulture)));
}
