using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.Reports;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.export</c>: writes the report's CSV files and links them on the organiser's card.</summary>
internal sealed class ExportHandler(OrganiserResponder organiser, ReportService reports, ExportService exports) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var round = await organiser.RoundAsync(context, cancellationToken).ConfigureAwait(false);
        var report = await reports.BuildAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var links = await exports.PublishAsync(report, context.Culture, cancellationToken).ConfigureAwait(false);
        return await organiser.ReportAsync(round, context, cancellationToken, links).ConfigureAwait(false);
    }
}
