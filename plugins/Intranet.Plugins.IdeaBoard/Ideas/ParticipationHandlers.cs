using Intranet.Extensions.Actions;
using Intranet.Plugins.IdeaBoard.Storage;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary><c>ideaboard.form</c>: the announcement with a fresh submission form (after one idea, for the next).</summary>
internal sealed class FormHandler(IdeaBoardStore store, IdeaViews views) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        return CardActionResult.Update(IdeaCards.Announcement(views.Announcement(campaign, Guid.NewGuid().ToString("N")), context.Culture));
    }
}

/// <summary><c>ideaboard.similar</c>: the same form, filled in as typed, with the existing ideas most like it.</summary>
internal sealed class SimilarHandler(IdeaBoardStore store, IdeaViews views, ParticipationService participation) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var draftId = context.GetString("draftId") ?? throw new CardActionException(CardActionErrors.InvalidData);
        var draft = IdeaDraft.From(context);
        var similar = await participation.SimilarAsync(campaign, draft.Title, draft.SimilarityText, null, cancellationToken);
        return CardActionResult.Update(IdeaCards.Announcement(views.Announcement(campaign, draftId, draft, similar), context.Culture));
    }
}

/// <summary><c>ideaboard.submit</c>: stores the idea and confirms it, with similar ideas already on the board.</summary>
internal sealed class SubmitHandler(IdeaBoardStore store, ParticipationService participation) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var draftId = context.GetString("draftId") ?? throw new CardActionException(CardActionErrors.InvalidData);
        if (draftId.Length > 64)
        {
            throw new CardActionException(CardActionErrors.InvalidData);
        }

        var (idea, _) = await participation.SubmitAsync(campaign, draftId, context.Actor, IdeaDraft.From(context), context.Culture, notifyReviewers: true, cancellationToken);
        var similar = await participation.SimilarAsync(campaign, idea.Title, idea.SimilarityText, idea.Id, cancellationToken);
        return CardActionResult.Update(IdeaCards.Submitted(new SubmittedView(campaign, idea, similar), context.Culture));
    }
}

/// <summary><c>ideaboard.idea</c>: one idea for the viewer (withdrawn ones only for the author and reviewers).</summary>
internal sealed class IdeaHandler(IdeaBoardStore store, IdeaViews views) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var idea = await store.GetIdeaAsync(campaign.Id, context.GetString("ideaId"), context.Culture, cancellationToken);
        var view = await views.IdeaAsync(campaign, idea, context.Actor, cancellationToken);
        return !idea.IsVisible && !view.IsAuthor && !view.IsReviewer
            ? throw Error("IdeaNotFound", context.Culture)
            : CardActionResult.Update(IdeaCards.Idea(view, context.Culture));
    }
}

/// <summary><c>ideaboard.edit</c>: the edit form, for the author until review starts.</summary>
internal sealed class EditHandler(IdeaBoardStore store, IdeaViews views, ParticipationService participation) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var idea = await participation.EnsureEditableAsync(campaign, context.GetString("ideaId"), context.Actor, context.Culture, cancellationToken);
        return CardActionResult.Update(IdeaCards.Edit(campaign, idea, views.Limits, context.Culture));
    }
}

/// <summary><c>ideaboard.save</c>: stores the edit and shows the idea.</summary>
internal sealed class SaveHandler(IdeaBoardStore store, IdeaViews views, ParticipationService participation) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var idea = await participation.EditAsync(campaign, context.GetString("ideaId"), context.Actor, IdeaDraft.From(context), context.Culture, cancellationToken);
        return CardActionResult.Update(IdeaCards.Idea(await views.IdeaAsync(campaign, idea, context.Actor, cancellationToken), context.Culture));
    }
}

/// <summary><c>ideaboard.withdraw</c>: the author takes the idea back until review starts.</summary>
internal sealed class WithdrawHandler(IdeaBoardStore store, ParticipationService participation) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var idea = await participation.WithdrawAsync(campaign, context.GetString("ideaId"), context.Actor, context.Culture, cancellationToken);
        return CardActionResult.Update(IdeaCards.Withdrawn(campaign, idea, context.Culture));
    }
}

/// <summary><c>ideaboard.browse</c>: a page of the campaign's ideas, top-voted or latest first.</summary>
internal sealed class BrowseHandler(IdeaBoardStore store, IdeaViews views) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var sort = context.GetString("sort") == "latest" ? "latest" : "top";
        var page = int.TryParse(context.GetString("page"), out var p) ? p : 0;
        return CardActionResult.Update(IdeaCards.Browse(await views.BrowseAsync(campaign, context.Actor, sort, page, cancellationToken), context.Culture));
    }
}

/// <summary><c>ideaboard.mine</c>: the viewer's ideas in the campaign, their status and points.</summary>
internal sealed class MineHandler(IdeaBoardStore store, IdeaViews views) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        return CardActionResult.Update(IdeaCards.Mine(await views.MineAsync(campaign, context.Actor, cancellationToken), context.Culture));
    }
}
