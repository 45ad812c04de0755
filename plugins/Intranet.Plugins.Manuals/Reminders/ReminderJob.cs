using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Scheduling;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;
using Intranet.Plugins.Manuals.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.Manuals.Reminders;

/// <summary>
/// <c>manuals.remind</c>: once a day until the due date, a reminder card to every reader who has not confirmed.
/// The outbox message id holds the day (<c>manuals-{id}-v{n}-remind-{yyyyMMdd}</c>), so a rerun on the same day
/// messages nobody twice; the job reschedules itself for the next reminder day and stops when everyone has
/// confirmed, at the due date, or when a newer version takes over.
/// </summary>
internal sealed partial class ReminderJob(
    ManualRepository repository,
    ReportBuilder reports,
    ManualLinks links,
    IOutbox outbox,
    IScheduler scheduler,
    IOrganizationContext organization,
    TimeProvider time,
    IOptions<ManualsOptions> options,
    ILogger<ReminderJob> logger) : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        var (manualId, number) = JobData.Read(job);
        var version = await repository.GetVersionAsync(manualId, number, cancellationToken).ConfigureAwait(false);
        var latest = await repository.GetLatestAsync(manualId, cancellationToken).ConfigureAwait(false);
        if (version?.DueDate is not { } due || latest?.Number != version.Number)
        {
            return; // gone, optional, or superseded: the newer version reminds
        }

        var zone = organization.TimeZone;
        var now = time.GetUtcNow();
        var today = ReminderSchedule.LocalDate(now, zone);
        if (today > due)
        {
            return;
        }

        var report = await reports.BuildAsync(version, cancellationToken).ConfigureAwait(false);
        var missing = report.Missing.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0)
        {
            LogAllConfirmed(logger, manualId, number);
            return;
        }

        // Pages follow the delivery's pages (readers by id, 60 each), so a person is always on the same page.
        var readers = await repository.GetReadersAsync(version, cancellationToken).ConfigureAwait(false);
        var pages = readers.Chunk(CardRefresh.MaxUserIds).ToList();
        var view = links.For(version) with { IsReminder = true };
        var sent = 0;
        for (var page = 0; page < pages.Count; page++)
        {
            var ids = pages[page].Select(r => r.Id).Where(missing.Contains).ToArray();
            if (ids.Length == 0)
            {
                continue;
            }

            var receipt = await outbox.EnqueueAsync(new OutboxMessage
            {
                Id = StoreKeys.ReminderMessage(manualId, number, today, page),
                PluginId = ManualsPlugin.Descriptor.Id,
                CardName = "reminder",
                Audience = Audience.Users(ids),
                Card = culture => ManualCards.Manual(view with { RefreshUserIds = ids }, culture),
            }, cancellationToken).ConfigureAwait(false);
            sent += receipt.Added;
        }

        LogReminded(logger, manualId, number, sent, missing.Count);
        var policy = version.Manual.Acknowledgement;
        if (ReminderSchedule.Next(now, policy.ReminderEveryDays, due, options.Value.ReminderTime, zone) is { } next)
        {
            await scheduler.ScheduleAsync(job with { DueAt = next }, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Manual {ManualId} v{Version}: everyone has confirmed; reminders stop")]
    private static partial void LogAllConfirmed(ILogger logger, string manualId, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Manual {ManualId} v{Version}: reminded {Sent} of {Missing} readers who have not confirmed")]
    private static partial void LogReminded(ILogger logger, string manualId, int version, int sent, int missing);
}

/// <summary>The data of the plugin's jobs.</summary>
internal static class JobData
{
    public static (string ManualId, int Version) Read(ScheduledJob job) =>
        ((string?)job.Data?["manualId"] ?? throw new InvalidOperationException($"Job {job.Id} has no manualId."),
         (int?)job.Data?["version"] ?? throw new InvalidOperationException($"Job {job.Id} has no version."));
}
