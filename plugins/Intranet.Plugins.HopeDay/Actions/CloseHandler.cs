using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.close</c>: an organiser closes sign-up early; tables are formed and sent.</summary>
internal sealed class CloseHandler(OrganiserResponder organiser, RoundService rounds) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var round = await organiser.RoundAsync(context, cancellationToken).ConfigureAwait(false);
        await rounds.CloseAsync(round.Id, cancellationToken).ConfigureAwait(false);
        return await organiser.ReportAsync(round, context, cancellationToken).ConfigureAwait(false);
    }
}
