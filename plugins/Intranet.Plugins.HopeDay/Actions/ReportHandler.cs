using Intranet.Extensions.Actions;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.report</c>: the organiser report (also the refresh of the organiser card).</summary>
internal sealed class ReportHandler(OrganiserResponder organiser) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default) =>
        await organiser.ReportAsync(await organiser.RoundAsync(context, cancellationToken).ConfigureAwait(false), context, cancellationToken)
            .ConfigureAwait(false);
}
