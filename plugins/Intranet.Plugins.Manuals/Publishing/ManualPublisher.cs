using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Storage;
using Intranet.Plugins.Manuals.Cards;
using Intranet.Plugins.Manuals.Content;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;
using Intranet.Plugins.Manuals.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.Manuals.Publishing;

/// <summary>
/// Publishes a draft as version N: resolves the audience (refusing an empty one before anything is written),
/// claims the version number with a create-only write, stores the readable document, delivers the card
/// through the outbox in pages of at most 60 readers, and schedules reminders and the owner's summary.
/// Publishing again with the same request id resumes a publication that was interrupted.
/// </summary>
internal sealed partial class ManualPublisher(
    ManualRepository repository,
    IDirectory directory,
    IOutbox outbox,
    IScheduler scheduler,
    IDocumentStore documents,
    ManualLinks links,
    IOrganizationContext organization,
    TimeProvider time,
    IOptions<ManualsOptions> options,
    ILogger<ManualPublisher> logger)
{
    public async Task<ManualVersion> PublishAsync(string manualId, PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!RequestIdPattern().IsMatch(request.RequestId))
        {
            throw new ArgumentException("The request id must be 1-64 letters, digits, '-' or '_'.", nameof(request));
        }

        var draft = await repository.GetDraftAsync(manualId, cancellationToken).ConfigureAwait(false)
            ?? throw new ManualsException(ManualsErrors.UnknownManual);
        var publisher = await directory.FindAsync(request.PublisherId, cancellationToken).ConfigureAwait(false)
            ?? throw new ManualsException(ManualsErrors.UnknownPerson);

        while (true)
        {
            var previous = await repository.GetLatestAsync(manualId, cancellationToken).ConfigureAwait(false);
            if (previous is not null && previous.RequestId == request.RequestId)
            {
                await DeliverAsync(previous, cancellationToken).ConfigureAwait(false);
                return previous;
            }

            if (previous is not null && ManualDiff.SameAsPublished(previous, draft))
            {
                throw new ManualsException(ManualsErrors.NothingChanged);
            }

            var readers = await ResolveReadersAsync(draft.Audience, cancellationToken).ConfigureAwait(false);
            var version = await CreateVersionAsync(draft, previous, readers, publisher, request, cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                continue; // someone published the same number first: compare against theirs and try the next one
            }

            LogPublished(logger, manualId, version.Number, readers.Count, version.IsMajor);
            if (previous is not null)
            {
                // The new version takes over reminders and the summary; the old one's would repeat them.
                await scheduler.CancelAsync(StoreKeys.ReminderJob(manualId, previous.Number), cancellationToken).ConfigureAwait(false);
                await scheduler.CancelAsync(StoreKeys.DueJob(manualId, previous.Number), cancellationToken).ConfigureAwait(false);
            }

            await DeliverAsync(version, cancellationToken).ConfigureAwait(false);
            return version;
        }
    }

    private async Task<IReadOnlyList<ManualReader>> ResolveReadersAsync(ManualAudience audience, CancellationToken cancellationToken)
    {
        if (audience.IsEmpty)
        {
            throw new ManualsException(ManualsErrors.EmptyAudience);
        }

        var readers = new Dictionary<string, ManualReader>(StringComparer.Ordinal);
        await foreach (var person in directory.ResolveAsync(audience.ToAudience(), cancellationToken).ConfigureAwait(false))
        {
            readers.TryAdd(person.Id, new ManualReader(person.Id, person.DisplayName, person.Department));
        }

        return readers.Count > 0
            ? [.. readers.Values.OrderBy(r => r.Id, StringComparer.Ordinal)]
            : throw new ManualsException(ManualsErrors.EmptyAudience);
    }

    private async Task<ManualVersion?> CreateVersionAsync(
        ManualDefinition draft, ManualVersion? previous, IReadOnlyList<ManualReader> readers, StaffMember publisher, PublishRequest request,
        CancellationToken cancellationToken)
    {
        var number = (previous?.Number ?? 0) + 1;
        var isMajor = previous is null || request.IsMajor;
        var baseline = draft.Acknowledgement.Reacknowledge switch
        {
            _ when previous is null => number,
            ReacknowledgeRule.EveryVersion => number,
            ReacknowledgeRule.MajorVersions when isMajor => number,
            _ => previous.AcknowledgementBaseline,
        };
        var owner = draft.OwnerId is { } ownerId ? await directory.FindAsync(ownerId, cancellationToken).ConfigureAwait(false) : null;
        var now = time.GetUtcNow();
        var readersKey = StoreKeys.Readers(draft.Id, number, request.RequestId);

        // Readers first under an attempt-specific key, then the version that names them: a version never points at nothing.
        await repository.Store.PutAsync(readersKey, new ReaderList(draft.Id, number, readers), WriteCondition.None, cancellationToken).ConfigureAwait(false);
        var version = new ManualVersion
        {
            ManualId = draft.Id,
            Number = number,
            IsMajor = isMajor,
            AcknowledgementBaseline = baseline,
            Manual = draft,
            Changes = ManualDiff.Compare(previous, draft),
            PublishedAt = now,
            PublishedById = publisher.Id,
            OwnerId = owner?.Id ?? publisher.Id,
            DueDate = DueDate(draft.Acknowledgement, now),
            DocumentPath = StoreKeys.Document(draft.Id, number),
            ReadersKey = readersKey,
            ReaderCount = readers.Count,
            RequestId = request.RequestId,
        };

        try
        {
            await repository.Store.PutAsync(StoreKeys.Version(draft.Id, number), version, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }

        var summary = new ManualSummary(draft.Id, draft.Title, number, now);
        await repository.Store.UpdateAsync<ManualSummary>(
            StoreKeys.Index(draft.Id), current => current is null || current.LatestVersion < number ? summary : null,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>Every step after the version exists; each is idempotent, so a resumed publication repeats none.</summary>
    private async Task DeliverAsync(ManualVersion version, CancellationToken cancellationToken)
    {
        var owner = await directory.FindAsync(version.OwnerId, cancellationToken).ConfigureAwait(false);
        var html = ManualDocument.Render(version, owner?.DisplayName ?? version.OwnerId, organization.DefaultCulture);
        await using (var content = new MemoryStream(Encoding.UTF8.GetBytes(html)))
        {
            await documents.PutAsync(version.DocumentPath!, content, ManualDocument.ContentType, WriteCondition.None, cancellationToken).ConfigureAwait(false);
        }

        var readers = await repository.GetReadersAsync(version, cancellationToken).ConfigureAwait(false);
        var view = links.For(version);
        var pages = readers.Chunk(CardRefresh.MaxUserIds).ToList();
        for (var page = 0; page < pages.Count; page++)
        {
            var ids = pages[page].Select(r => r.Id).ToArray();
            try
            {
                await outbox.EnqueueAsync(new OutboxMessage
                {
                    Id = StoreKeys.DeliveryMessage(version.ManualId, version.Number, page),
                    PluginId = ManualsPlugin.Descriptor.Id,
                    CardName = "manual",
                    Audience = Audience.Users(ids),
                    Card = culture => ManualCards.Manual(view with { RefreshUserIds = ids }, culture),
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                // Everyone of the page left the directory since publishing began.
                throw new ManualsException(ManualsErrors.EmptyAudience, e);
            }
        }

        await ScheduleAsync(version, cancellationToken).ConfigureAwait(false);
    }

    private async Task ScheduleAsync(ManualVersion version, CancellationToken cancellationToken)
    {
        if (version.DueDate is not { } due)
        {
            return;
        }

        var data = new JsonObject { ["manualId"] = version.ManualId, ["version"] = version.Number };
        var zone = organization.TimeZone;
        var policy = version.Manual.Acknowledgement;
        if (policy.ReminderEveryDays > 0 &&
            ReminderSchedule.Next(version.PublishedAt, policy.ReminderEveryDays, due, options.Value.ReminderTime, zone) is { } first)
        {
            await scheduler.ScheduleAsync(new ScheduledJob(
                StoreKeys.ReminderJob(version.ManualId, version.Number), ManualsPlugin.RemindJob, first, data), cancellationToken).ConfigureAwait(false);
        }

        await scheduler.ScheduleAsync(new ScheduledJob(
            StoreKeys.DueJob(version.ManualId, version.Number), ManualsPlugin.DueJob,
            ReminderSchedule.At(due, options.Value.SummaryTime, zone), (JsonObject)data.DeepClone()), cancellationToken).ConfigureAwait(false);
    }

    private DateOnly? DueDate(AcknowledgementPolicy policy, DateTimeOffset now) =>
        !policy.Required ? null
        : policy.DueDate ?? (policy.DueDays is { } days ? ReminderSchedule.LocalDate(now, organization.TimeZone).AddDays(days) : null);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex RequestIdPattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "Manual {ManualId} v{Version} published to {Readers} readers (major: {IsMajor})")]
    private static partial void LogPublished(ILogger logger, string manualId, int version, int readers, bool isMajor);
}
