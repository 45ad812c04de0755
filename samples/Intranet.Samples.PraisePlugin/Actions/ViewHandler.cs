using Intranet.Extensions.Actions;
using Intranet.Samples.PraisePlugin.Cards;

namespace Intranet.Samples.PraisePlugin.Actions;

/// <summary><c>praise.view</c>: the refresh of a received card, showing its current state to the colleague.</summary>
internal sealed class ViewHandler(PraiseService praise) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var praiseId = context.GetString("praiseId") ?? throw new CardActionException(CardActionErrors.InvalidData);
        var current = await praise.FindAsync(praiseId, cancellationToken) ?? throw new CardActionException("UnknownPraise");
        return CardActionResult.Update(PraiseCards.Received(current, context.Culture));
    }
}
