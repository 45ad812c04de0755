using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.switch</c>: moves the person to the session chosen on their card.</summary>
internal sealed class SwitchHandler(SignUpService signUps, ParticipantResponder responder) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var roundId = context.GetString("roundId");
        await signUps.SignUpAsync(roundId, context.GetString("sessionId"), context.Actor, allowSwitch: true, cancellationToken).ConfigureAwait(false);
        return await responder.CardAsync(roundId, context.Actor, context, CardNotice.None, cancellationToken).ConfigureAwait(false);
    }
}
