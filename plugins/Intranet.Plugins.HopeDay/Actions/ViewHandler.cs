using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.view</c>: the refresh of every participant card, showing the viewer their own state.</summary>
internal sealed class ViewHandler(ParticipantResponder responder) : ICardActionHandler
{
    public Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var notice = Enum.TryParse<CardNotice>(context.GetString("notice"), ignoreCase: false, out var parsed) ? parsed : CardNotice.None;
        return responder.CardAsync(context.GetString("roundId"), context.Actor, context, notice, cancellationToken);
    }
}
