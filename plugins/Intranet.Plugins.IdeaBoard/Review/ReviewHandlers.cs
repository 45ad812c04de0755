using Intranet.Extensions.Actions;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Storage;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Review;

/// <summary><c>ideaboard.queue</c>: the ideas waiting for a decision (reviewers only).</summary>
internal sealed class QueueHandler(IdeaBoardStore store, IdeaViews views, ReviewService review) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        await review.EnsureReviewerAsync(campaign, context.Actor, null, context.Culture, cancellationToken);
        var rows = await views.RowsAsync(campaign, context.Actor, cancellationToken);
        return CardActionResult.Update(ReviewCards.Queue(ReviewService.Queue(campaign, rows, context.Actor.Id), context.Culture));
    }
}

/// <summary><c>ideaboard.review</c>: the review card for one reviewer (also the card's refresh).</summary>
internal sealed class ReviewHandler(IdeaBoardStore store, ReviewService review) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var (campaign, idea) = await ReviewInput.ReadAsync(store, context, cancellationToken);
        await review.EnsureReviewerAsync(campaign, context.Actor, null, context.Culture, cancellationToken);
        return CardActionResult.Update(ReviewCards.Review(await review.ViewAsync(campaign, idea, context.Actor, cancellationToken), context.Culture));
    }
}

/// <summary><c>ideaboard.score</c>: records the reviewer's 1–5 scores on every criterion.</summary>
internal sealed class ScoreHandler(IdeaBoardStore store, ReviewService review) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var (campaign, idea) = await ReviewInput.ReadAsync(store, context, cancellationToken);
        var values = Score.Criteria.ToDictionary(c => c, context.GetString, StringComparer.Ordinal);
        var scored = await review.ScoreAsync(campaign, idea.Id, context.Actor, values, context.Culture, cancellationToken);
        return CardActionResult.Update(ReviewCards.Review(await review.ViewAsync(campaign, scored, context.Actor, cancellationToken), context.Culture));
    }
}

/// <summary><c>ideaboard.decide</c>: adopt, reject, hold or merge, with feedback; the author is told.</summary>
internal sealed class DecideHandler(IdeaBoardStore store, ReviewService review) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var (campaign, idea) = await ReviewInput.ReadAsync(store, context, cancellationToken);
        var decided = await review.DecideAsync(campaign, idea.Id, context.Actor, context.GetString("decision"), context.GetString("mergeInto"),
            context.GetString("feedback"), context.Culture, cancellationToken);
        return CardActionResult.Update(ReviewCards.Review(await review.ViewAsync(campaign, decided, context.Actor, cancellationToken), context.Culture));
    }
}

/// <summary><c>ideaboard.assign</c>: hands the idea to one reviewer of the group, who gets the review card.</summary>
internal sealed class AssignHandler(IdeaBoardStore store, ReviewService review) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var (campaign, idea) = await ReviewInput.ReadAsync(store, context, cancellationToken);
        var assigned = await review.AssignAsync(campaign, idea.Id, context.Actor, context.GetString("assignee"), context.Culture, cancellationToken);
        return CardActionResult.Update(ReviewCards.Review(await review.ViewAsync(campaign, assigned, context.Actor, cancellationToken), context.Culture));
    }
}

/// <summary><c>ideaboard.implementation</c>: moves an adopted idea to planned, in progress or done; the author is told.</summary>
internal sealed class ImplementationHandler(IdeaBoardStore store, ReviewService review) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var (campaign, idea) = await ReviewInput.ReadAsync(store, context, cancellationToken);
        var updated = await review.UpdateImplementationAsync(campaign, idea.Id, context.Actor, context.GetString("status"), context.Culture, cancellationToken);
        return CardActionResult.Update(ReviewCards.Review(await review.ViewAsync(campaign, updated, context.Actor, cancellationToken), context.Culture));
    }
}

/// <summary><c>ideaboard.decision</c>: the refresh of the author's decision card, showing the current state.</summary>
internal sealed class DecisionViewHandler(IdeaBoardStore store, IdeaViews views) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var (campaign, idea) = await ReviewInput.ReadAsync(store, context, cancellationToken);
        if (idea.AuthorId != context.Actor.Id)
        {
            throw Error("NotYourIdea", context.Culture);
        }

        if (idea.LastDecision is null)
        {
            return CardActionResult.Update(IdeaCards.Idea(await views.IdeaAsync(campaign, idea, context.Actor, cancellationToken), context.Culture));
        }

        var mergedInto = idea.MergedInto is { } target ? (await store.FindIdeaAsync(campaign.Id, target, cancellationToken))?.Title : null;
        return CardActionResult.Update(DecisionCards.Decision(new DecisionView(campaign, idea, mergedInto), context.Culture));
    }
}

/// <summary>Reads the campaign and idea a review action is about.</summary>
internal static class ReviewInput
{
    public static async Task<(Campaign Campaign, Idea Idea)> ReadAsync(IdeaBoardStore store, CardActionContext context, CancellationToken cancellationToken)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        return (campaign, await store.GetIdeaAsync(campaign.Id, context.GetString("ideaId"), context.Culture, cancellationToken));
    }
}
