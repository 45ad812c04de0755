using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Cards;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>Idea board cards: one idea (details, outcome, comments) and its edit form.</summary>
internal static partial class IdeaCards
{
    /// <summary>How many comments an idea card shows (the newest), so busy ideas stay under the size limit.</summary>
    public const int CommentsShown = 5;

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
}
