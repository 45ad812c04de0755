using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.signup</c>: takes a seat (or a waitlist place) in the chosen session.</summary>
internal sealed class SignUpHandler(SignUpService signUps, ParticipantResponder responder) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var roundId = context.GetString("roundId");
        await signUps.SignUpAsync(roundId, context.GetString("sessionId"), context.Actor, allowSwitch: false, cancellationToken).ConfigureAwait(false);
        return await responder.CardAsync(roundId, context.Actor, context, CardNotice.None, cancellationToken).ConfigureAwait(false);
    }
}
