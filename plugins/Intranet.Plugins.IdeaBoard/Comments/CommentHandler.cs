using Intranet.Extensions.Actions;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Comments;

/// <summary><c>ideaboard.comment</c>: posts the comment and shows the idea with it.</summary>
internal sealed class CommentHandler(IdeaBoardStore store, IdeaViews views, ParticipationService participation) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var draftId = context.GetString("draftId") is { Length: <= 64 } id ? id : throw new CardActionException(CardActionErrors.InvalidData);
        var idea = await participation.CommentAsync(campaign, context.GetString("ideaId"), draftId, context.Actor, context.GetString("comment"), context.Culture, cancellationToken);
        return CardActionResult.Update(IdeaCards.Idea(await views.IdeaAsync(campaign, idea, context.Actor, cancellationToken), context.Culture));
    }
}
