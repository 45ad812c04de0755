using Intranet.Extensions.Actions;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Votes;

/// <summary>
/// <c>ideaboard.vote</c>: sets the viewer's vote to what the button said (<c>on</c> true or false), so the
/// button toggles while a double click stays one vote.
/// </summary>
internal sealed class VoteHandler(IdeaBoardStore store, IdeaViews views, ParticipationService participation) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        var on = context.GetString("on") != "false";
        var idea = await participation.VoteAsync(campaign, context.GetString("ideaId"), context.Actor, on, context.Culture, cancellationToken);
        return CardActionResult.Update(IdeaCards.Idea(await views.IdeaAsync(campaign, idea, context.Actor, cancellationToken), context.Culture));
    }
}
