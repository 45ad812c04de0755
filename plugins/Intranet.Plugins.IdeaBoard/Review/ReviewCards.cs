using System.Globalization;
using Intranet.Extensions.Cards;
using Intranet.Plugins.IdeaBoard.Cards;
using Intranet.Plugins.IdeaBoard.Ideas;
using static Intranet.Plugins.IdeaBoard.Cards.CardKit;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Review;

/// <summary>The reviewers' cards: the review card (score, decide, implementation) and the review queue.</summary>
internal static class ReviewCards
{
    /// <summary>Most ideas the queue card lists; the rest wait for the next ones to be decided.</summary>
    public const int QueueShown = 15;

    public static AdaptiveCard Review(ReviewView view, CultureInfo culture)
    {
        var (campaign, idea) = (view.Campaign, view.Idea);
        var data = Data(("campaignId", campaign.Id), ("ideaId", idea.Id));
        var body = new List<CardElement>
        {
            Heading(T(idea.IsSettled ? "review.heading.settled" : "review.heading", culture)),
            Typed(campaign.Title, 200, subtle: true),
            Typed(idea.Title, 200, bold: true, large: true),
        };
        body.AddRange(IdeaCards.Details(campaign, idea, view.Votes, showAuthor: true, culture));
        body.Add(Note(F("review.comments", culture, view.Comments)));
        body.Add(Note(idea.AssignedReviewerName is { } assignee ? F("review.assignedTo", culture, assignee) : T("review.unassigned", culture)));
        body.AddRange(ScoreSummary(view, culture));
        if (view.Similar.Count > 0 && !idea.IsSettled)
        {
            body.AddRange(IdeaCards.SimilarSection(campaign, view.Similar, T("review.similar", culture), null, culture));
        }

        body.AddRange(IdeaCards.Outcome(idea, view.MergedIntoTitle, culture));

        var actions = new List<AdaptiveAction>();
        if (!idea.IsSettled)
        {
            actions.Add(new ShowCardAction { Title = T("review.score", culture), Card = Form(ScoreInputs(view, culture), Button("ideaboard.score", T("review.saveScores", culture), data, ActionStyle.Positive, submitsInputs: true)) });
            actions.Add(new ShowCardAction { Title = T("review.decide", culture), Card = Form(DecisionInputs(view, culture), Button("ideaboard.decide", T("review.recordDecision", culture), data.DeepClone().AsObject(), ActionStyle.Positive, submitsInputs: true)) });
            if (view.ReviewerChoices.Count > 0)
            {
                actions.Add(new ShowCardAction { Title = T("review.assign", culture), Card = Form(AssignInputs(view, culture), Button("ideaboard.assign", T("review.saveAssignment", culture), data.DeepClone().AsObject(), ActionStyle.Positive, submitsInputs: true)) });
            }
        }
        else if (idea.Status == IdeaStatus.Adopted)
        {
            actions.Add(new ShowCardAction { Title = T("review.implementation", culture), Card = Form(ImplementationInputs(idea, culture), Button("ideaboard.implementation", T("review.saveImplementation", culture), data.DeepClone().AsObject(), ActionStyle.Positive, submitsInputs: true)) });
        }

        actions.Add(Button("ideaboard.idea", T("review.openIdea", culture), data.DeepClone().AsObject()));
        actions.Add(Button("ideaboard.queue", T("review.queue", culture), Data(("campaignId", campaign.Id))));
        var card = Card(F("review.fallback", culture, campaign.Title), body, actions);
        if (view.RefreshUserIds.Count > 0)
        {
            // Each reviewer sees their own scores and the current status when the card is opened.
            card.Refresh = new CardRefresh { Action = new ExecuteAction("ideaboard.review") { Data = data.DeepClone().AsObject() }, UserIds = [.. view.RefreshUserIds] };
        }

        return card;
    }

    public static AdaptiveCard Queue(QueueView view, CultureInfo culture)
    {
        var body = new List<CardElement>
        {
            Heading(T("queue.heading", culture)),
            Typed(view.Campaign.Title, 200, subtle: true),
            Note(F("queue.summary", culture, view.Pending.Count, view.Settled)),
        };
        if (view.Pending.Count == 0)
        {
            body.Add(Note(T("queue.empty", culture), TextColor.Good));
        }

        foreach (var row in view.Pending.Take(QueueShown))
        {
            body.Add(IdeaCards.Row(row, F("queue.row", culture, Labels.Status(row.Idea.Status, culture), row.Votes, row.Comments, Labels.Author(row.Idea, true, culture),
                row.Idea.AssignedReviewerName ?? T("review.nobody", culture)),
                culture, "ideaboard.review", "action.review"));
        }

        if (view.Pending.Count > QueueShown)
        {
            body.Add(Note(F("queue.more", culture, view.Pending.Count - QueueShown)));
        }

        var data = Data(("campaignId", view.Campaign.Id));
        return Card(T("queue.heading", culture), body,
        [
            Button("ideaboard.export", T("action.export", culture), data),
            Button("ideaboard.browse", T("action.browse", culture), data.DeepClone().AsObject()),
            Button("ideaboard.leaderboard", T("action.leaderboard", culture), data.DeepClone().AsObject()),
        ]);
    }

    private static IEnumerable<CardElement> ScoreSummary(ReviewView view, CultureInfo culture)
    {
        yield return new TextBlock(F("review.scores", culture, view.Scores.Count)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };
        if (view.Scores.Count == 0)
        {
            yield return Note(T("review.noScores", culture));
            yield break;
        }

        yield return Facts([.. Score.Criteria.Select(c => (T("criterion." + c, culture),
            F("review.average", culture, view.Scores.Average(s => s.Values.GetValueOrDefault(c)).ToString("0.0", culture))))]);
        if (view.Mine is { } mine)
        {
            yield return Note(F("review.mine", culture, string.Join(" · ", Score.Criteria.Select(c => $"{T("criterion." + c, culture)} {mine.Values.GetValueOrDefault(c)}"))));
        }
    }

    private static List<CardElement> ScoreInputs(ReviewView view, CultureInfo culture) =>
    [
        .. Score.Criteria.Select(c => (CardElement)new ChoiceSetInput
        {
            Id = c,
            Label = T("criterion." + c + ".label", culture),
            IsRequired = true,
            ErrorMessage = F("review.scoreError", culture, T("criterion." + c, culture)),
            Style = ChoiceSetStyle.Expanded,
            Choices = [.. Enumerable.Range(1, 5).Select(n => new Choice(T($"score.{n}", culture), n.ToString(CultureInfo.InvariantCulture)))],
            Value = view.Mine?.Values.GetValueOrDefault(c) is int v and > 0 ? v.ToString(CultureInfo.InvariantCulture) : null,
        }),
    ];

    private static List<CardElement> DecisionInputs(ReviewView view, CultureInfo culture)
    {
        var inputs = new List<CardElement>
        {
            new ChoiceSetInput
            {
                Id = "decision",
                Label = T("review.decision.label", culture),
                IsRequired = true,
                ErrorMessage = T("review.decision.error", culture),
                Style = ChoiceSetStyle.Expanded,
                Choices =
                [
                    new(Labels.Decision(DecisionKind.Adopt, culture), "adopt"),
                    new(Labels.Decision(DecisionKind.Hold, culture), "hold"),
                    new(Labels.Decision(DecisionKind.Reject, culture), "reject"),
                    new(Labels.Decision(DecisionKind.Merge, culture), "merge"),
                ],
            },
        };
        if (view.MergeTargets.Count > 0)
        {
            // Choice titles are plain text in every host, so typed titles are safe here.
            inputs.Add(new ChoiceSetInput
            {
                Id = "mergeInto",
                Label = T("review.mergeInto.label", culture),
                Placeholder = T("review.mergeInto.placeholder", culture),
                Choices = [.. view.MergeTargets.Select(t => new Choice(CardText.Truncate(t.Title, 60), t.IdeaId))],
            });
        }

        inputs.Add(new TextInput
        {
            Id = "feedback",
            Label = T("review.feedback.label", culture),
            Placeholder = T("review.feedback.placeholder", culture),
            IsMultiline = true,
            MaxLength = view.Limits.MaxFeedbackLength,
        });
        if (view.Campaign.IncentivePoints > 0)
        {
            inputs.Add(Note(F("review.pointsNote", culture, view.Campaign.IncentivePoints)));
        }

        return inputs;
    }

    private static List<CardElement> AssignInputs(ReviewView view, CultureInfo culture) =>
    [
        new ChoiceSetInput
        {
            Id = "assignee",
            Label = T("review.assignee.label", culture),
            Placeholder = T("review.assignee.placeholder", culture),
            IsRequired = true,
            ErrorMessage = T("review.assignee.error", culture),
            Choices = [.. view.ReviewerChoices.Select(r => new Choice(r.Name, r.Id))],
            Value = view.Idea.AssignedReviewerId,
        },
    ];

    private static List<CardElement> ImplementationInputs(Idea idea, CultureInfo culture) =>
    [
        new ChoiceSetInput
        {
            Id = "status",
            Label = T("review.implementation.label", culture),
            IsRequired = true,
            ErrorMessage = T("review.implementation.error", culture),
            Style = ChoiceSetStyle.Expanded,
            Choices =
            [
                new(Labels.Implementation(ImplementationStatus.Planned, culture), "planned"),
                new(Labels.Implementation(ImplementationStatus.InProgress, culture), "in-progress"),
                new(Labels.Implementation(ImplementationStatus.Done, culture), "done"),
            ],
            Value = idea.Implementation switch
            {
                ImplementationStatus.InProgress => "in-progress",
                ImplementationStatus.Done => "done",
                _ => "planned",
            },
        },
    ];

    // A ShowCard form: its inputs travel with its own button only, so scoring never requires a decision and vice versa.
    private static AdaptiveCard Form(List<CardElement> inputs, ExecuteAction submit) => new()
    {
        Body = [.. inputs, Buttons(submit)],
    };
}
