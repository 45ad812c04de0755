using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Cards;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>The cards staff use to take part: announcement with form, confirmation, idea, edit, browse, mine.</summary>
internal static class IdeaCards
{
    /// <summary>How many comments an idea card shows (the newest), so busy ideas stay under the size limit.</summary>
    public const int CommentsShown = 5;

    /// <summary>How many of their own ideas "my ideas" lists (the newest).</summary>
    public const int MineShown = 10;

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

    public static AdaptiveCard Idea(IdeaView view, CultureInfo culture)
    {
        var (campaign, idea) = (view.Campaign, view.Idea);
        var data = Data(("campaignId", campaign.Id), ("ideaId", idea.Id));
        var body = new List<CardElement> { Typed(campaign.Title, 200, subtle: true), Typed(idea.Title, 200, bold: true, large: true) };
        body.AddRange(Details(campaign, idea, view.Votes, view.ShowAuthor, culture));
        body.AddRange(Outcome(idea, view.MergedIntoTitle, culture));

        if (view.HasVoted)
        {
            body.Add(Note(T("idea.youVoted", culture), TextColor.Good));
        }
        else if (view.IsAuthor)
        {
            body.Add(Note(T(view.CanEdit ? "idea.yoursEditable" : "idea.yours", culture)));
        }

        body.AddRange(CommentsSection(view, culture));

        var actions = new List<AdaptiveAction>();
        if (view.CanVote)
        {
            actions.Add(view.HasVoted
                ? Button("ideaboard.vote", T("idea.unvote", culture), With(data, "on", "false"))
                : Button("ideaboard.vote", T("idea.vote", culture), With(data, "on", "true"), ActionStyle.Positive));
        }

        if (view.CanEdit)
        {
            actions.Add(Button("ideaboard.edit", T("idea.edit", culture), data.DeepClone().AsObject()));
        }

        if (view.CanWithdraw)
        {
            actions.Add(Button("ideaboard.withdraw", T("idea.withdraw", culture), data.DeepClone().AsObject(), ActionStyle.Destructive));
        }

        if (view.IsReviewer)
        {
            actions.Add(Button("ideaboard.review", T("idea.review", culture), data.DeepClone().AsObject()));
        }

        actions.Add(Button("ideaboard.browse", T("action.backToList", culture), Data(("campaignId", campaign.Id))));
        return Card(T("idea.fallback", culture), body, actions);
    }

    public static AdaptiveCard Edit(Campaign campaign, Idea idea, IdeaBoardOptions limits, CultureInfo culture)
    {
        var data = Data(("campaignId", campaign.Id), ("ideaId", idea.Id));
        var body = new List<CardElement> { Heading(T("edit.heading", culture)), Typed(campaign.Title, 200, subtle: true) };
        body.AddRange(IdeaForm.Inputs(campaign, limits, IdeaDraft.Of(idea), culture));
        body.Add(Buttons(
            Button("ideaboard.save", T("edit.save", culture), data, ActionStyle.Positive, submitsInputs: true),
            Button("ideaboard.idea", T("edit.cancel", culture), data.DeepClone().AsObject())));
        return Card(T("edit.heading", culture), body);
    }

    public static AdaptiveCard Withdrawn(Campaign campaign, Idea idea, CultureInfo culture) =>
        Card(T("withdrawn.heading", culture),
        [
            Heading(T("withdrawn.heading", culture)),
            Typed(idea.Title, 200, bold: true),
            Note(T("withdrawn.body", culture)),
        ],
        CampaignButtons(campaign, culture, includeForm: true));

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

    /// <summary>Who, what, when and how many votes; the typed parts verbatim.</summary>
    public static IEnumerable<CardElement> Details(Campaign campaign, Idea idea, int votes, bool showAuthor, CultureInfo culture)
    {
        yield return Labels.Line(T("idea.author", culture), Labels.Author(idea, showAuthor, culture));
        if (idea.Category is { } category)
        {
            yield return Labels.Line(T("idea.category", culture), category);
        }

        var facts = new List<(string, string)>
        {
            (T("idea.status", culture), Labels.Status(idea.Status, culture)),
            (T("idea.submittedAt", culture), When(idea.SubmittedAt)),
            (T("idea.votes", culture), votes.ToString("N0", culture)),
        };
        if (idea.HoursSavedPerMonth is { } hours)
        {
            facts.Add((T("idea.hoursSaved", culture), F("idea.hoursValue", culture, Number(hours, culture))));
        }

        yield return Facts([.. facts]);
        if (campaign.Kind == CampaignKind.UnnecessaryWork)
        {
            yield return Section(T("form.currentPractice.label", culture), idea.CurrentPractice);
            yield return Section(T("form.whyUnnecessary.label", culture), idea.WhyUnnecessary);
            if (idea.Body.Length > 0)
            {
                yield return Section(T("form.proposal.label", culture), idea.Body);
            }
        }
        else
        {
            yield return Section(T("form.body.label", culture), idea.Body);
        }

        if (idea.EditedAt is { } edited)
        {
            yield return Note(F("idea.edited", culture, When(edited)));
        }
    }

    /// <summary>The latest decision, feedback, implementation and merge, when there are any.</summary>
    public static IEnumerable<CardElement> Outcome(Idea idea, string? mergedIntoTitle, CultureInfo culture)
    {
        if (idea.LastDecision is { } decision)
        {
            var box = new Container
            {
                Style = decision.Kind switch { DecisionKind.Adopt => ContainerStyle.Good, DecisionKind.Reject => ContainerStyle.Attention, _ => ContainerStyle.Warning },
                Spacing = Spacing.Medium,
                Items = [new TextBlock(F("idea.decided", culture, Labels.Decision(decision.Kind, culture), When(decision.DecidedAt))) { Weight = TextWeight.Bolder }],
            };
            if (decision.Feedback.Length > 0)
            {
                box.Items.Add(Section(T("decision.feedback", culture), decision.Feedback));
            }

            if (idea.Implementation is { } implementation)
            {
                box.Items.Add(Facts(
                    (T("idea.implementation", culture), Labels.Implementation(implementation, culture)),
                    (T("idea.points", culture), F("points.value", culture, idea.PointsAwarded))));
            }

            if (mergedIntoTitle is not null)
            {
                box.Items.Add(Section(T("idea.mergedInto", culture), mergedIntoTitle, 200));
            }

            yield return box;
        }
        else if (idea.Status == IdeaStatus.UnderReview)
        {
            yield return Note(T("idea.underReview", culture), TextColor.Accent);
        }
        else if (idea.Status == IdeaStatus.Withdrawn)
        {
            yield return Note(T("idea.withdrawnNote", culture), TextColor.Attention);
        }
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

    private static IEnumerable<CardElement> CommentsSection(IdeaView view, CultureInfo culture)
    {
        yield return new TextBlock(F("comments.heading", culture, view.Comments.Count)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
        if (view.Comments.Count > CommentsShown)
        {
            yield return Note(F("comments.more", culture, view.Comments.Count - CommentsShown));
        }

        foreach (var comment in view.Comments.Skip(Math.Max(0, view.Comments.Count - CommentsShown)))
        {
            yield return new TextBlock(F("comment.byline", culture, Labels.Commenter(comment, view.Idea, view.ShowAuthor, culture), When(comment.PostedAt)))
            {
                IsSubtle = true,
                Size = TextSize.Small,
                Spacing = Spacing.Small,
            };
            yield return Typed(comment.Text, view.Limits.MaxCommentLength);
        }

        if (view.CanComment)
        {
            var data = Data(("campaignId", view.Campaign.Id), ("ideaId", view.Idea.Id), ("draftId", view.CommentDraftId));
            yield return new TextInput
            {
                Id = "comment",
                Label = T("comment.label", culture),
                Placeholder = T("comment.placeholder", culture),
                IsMultiline = true,
                IsRequired = true,
                ErrorMessage = F("comment.error", culture, view.Limits.MaxCommentLength),
                MaxLength = view.Limits.MaxCommentLength,
            };
            yield return Buttons(Button("ideaboard.comment", T("comment.post", culture), data, submitsInputs: true));
        }
    }

    private static System.Text.Json.Nodes.JsonObject With(System.Text.Json.Nodes.JsonObject data, string name, string value)
    {
        var copy = data.DeepClone().AsObject();
        copy[name] = value;
        return copy;
    }

    private static System.Text.Json.Nodes.JsonObject Page(BrowseView view, int page) =>
        Data(("campaignId", view.Campaign.Id), ("sort", view.Sort), ("page", page.ToString(CultureInfo.InvariantCulture)));
}
