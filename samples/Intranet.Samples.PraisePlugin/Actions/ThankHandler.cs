using Intranet.Extensions.Actions;
using Intranet.Samples.PraisePlugin.Cards;

namespace Intranet.Samples.PraisePlugin.Actions;

/// <summary><c>praise.thank</c>: the colleague thanks back; their card changes to say so.</summary>
internal sealed class ThankHandler(PraiseService praise) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var praiseId = context.GetString("praiseId") ?? throw new CardActionException(CardActionErrors.InvalidData);
        var thanked = await praise.ThankAsync(praiseId, context.Actor, cancellationToken);
        return CardActionResult.Update(PraiseCards.Received(thanked, context.Culture));
    }
}
