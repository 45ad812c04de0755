using Intranet.Extensions.Delivery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Storage;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Reports;
using Microsoft.Extensions.Logging;

namespace Intranet.Plugins.Manuals.Reminders;

/// <summary>
/// <c>manuals.due</c>: at the due date the owner gets the summary card (rate per unit, who is missing) with the
/// CSV stored for download. The message id is fixed per version, so a rerun sends nothing twice.
/// </summary>
internal sealed partial class DueSummaryJob(
    ManualRepository repository,
    ReportBuilder reports,
    ManualLibrary library,
    IDirectory directory,
    IDocumentLinks links,
    IOutbox outbox,
    IOrganizationContext organization,
    ILogger<DueSummaryJob> logger) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        var (manualId, number) = JobData.Read(job);
        var version = await repository.GetVersionAsync(manualId, number, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return;
        }

        var owner = await directory.FindAsync(version.OwnerId, cancellationToken).ConfigureAwait(false)
            ?? await directory.FindAsync(version.PublishedById, cancellationToken).ConfigureAwait(false);
        if (owner is null)
        {
            LogNoOwner(logger, manualId, number);
            return;
        }

        var report = await reports.BuildAsync(version, cancellationToken).ConfigureAwait(false);
        var csv = links.GetLink(await library.StoreCsvAsync(report, organization.CultureOf(owner), cancellationToken).ConfigureAwait(false));
        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = StoreKeys.SummaryMessage(manualId, number),
            PluginId = ManualsPlugin.Descriptor.Id,
            CardName = "summary",
            Audience = Audience.Users(owner.Id),
            Card = culture => ReportCards.Report(report, version, culture, isSummary: true, csvLink: csv),
        }, cancellationToken).ConfigureAwait(false);
        LogSummary(logger, manualId, number, owner.Id, report.Acknowledged, report.Total);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Manual {ManualId} v{Version}: neither owner nor publisher is in the directory; no summary sent")]
    private static partial void LogNoOwner(ILogger logger, string manualId, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Manual {ManualId} v{Version}: summary sent to {OwnerId} ({Acknowledged} of {Total} confirmed)")]
    private static partial void LogSummary(ILogger logger, string manualId, int version, string ownerId, int acknowledged, int total);
}
