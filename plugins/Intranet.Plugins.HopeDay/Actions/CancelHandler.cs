using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.cancel</c>: gives up the person's seat or waitlist place.</summary>
internal sealed class CancelHandler(SignUpService signUps, ParticipantResponder responder) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var roundId = context.GetString("roundId");
        await signUps.CancelAsync(roundId, context.Actor, cancellationToken).ConfigureAwait(false);
        return await responder.CardAsync(roundId, context.Actor, context, CardNotice.Cancelled, cancellationToken).ConfigureAwait(false);
    }
}
