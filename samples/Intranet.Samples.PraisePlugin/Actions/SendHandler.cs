using Intranet.Extensions.Actions;
using Intranet.Samples.PraisePlugin.Cards;

namespace Intranet.Samples.PraisePlugin.Actions;

/// <summary><c>praise.send</c>: records the praise and answers with the "sent" card.</summary>
internal sealed class SendHandler(PraiseService praise) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var draftId = context.GetString("draftId") ?? throw new CardActionException(CardActionErrors.InvalidData);

        // One compose card reaches many people, so the praise id joins the sender to the card's draft id.
        var praiseId = $"{context.Actor.Id}-{draftId}";
        var sent = await praise.SendAsync(praiseId, context.Actor, context.GetString("to"), context.GetString("message"), cancellationToken);
        return CardActionResult.Update(PraiseCards.Sent(sent, context.Culture));
    }
}
