using Intranet.Extensions.Actions;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Cards;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.SignUp;
using Intranet.Plugins.HopeDay.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>A round's life: created with its jobs, invitations out, sign-up closed with tables formed.</summary>
internal sealed partial class RoundService(
    IStateStore store,
    RoundReader rounds,
    IScheduler scheduler,
    IDirectory directory,
    IOutbox outbox,
    HopeDayNotifier notifier,
    ParticipantViews views,
    TableService tables,
    ReportService reports,
    IOrganizationContext organization,
    TimeProvider time,
    IOptions<HopeDayOptions> options,
    ILogger<RoundService> logger)
{
    // Fan-out writes in parallel, but leave the store room for people clicking at the same time.
    private const int SendParallelism = 4;

    /// <summary>
    /// Creates the round (a repeat with the same id returns the stored one) and schedules its jobs; only a
    /// seeded past round goes without (<paramref name="scheduleJobs"/> false).
    /// </summary>
    public async Task<RoundDocument> CreateAsync(
        HopeDayRoundDefinition definition, string? createdBy, CancellationToken cancellationToken, bool scheduleJobs = true)
    {
        RoundValidation.Validate(definition, options.Value);
        var key = HopeDayKeys.Round(definition.Id);
        var created = true;
        try
        {
            var document = new RoundDocument { Definition = definition, CreatedAt = time.GetUtcNow(), CreatedBy = createdBy };
            await store.PutAsync(key, document, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            created = false;
        }

        var round = await rounds.GetAsync(definition.Id, cancellationToken).ConfigureAwait(false);
        if (scheduleJobs && !round.JobsScheduled)
        {
            // Past due times run at once: an open window invites now, a past session asks for feedback now.
            foreach (var job in RoundJobs.For(round.Definition, organization.TimeZone, options.Value))
            {
                await scheduler.ScheduleAsync(job, cancellationToken).ConfigureAwait(false);
            }

            round = (await store.UpdateAsync<RoundDocument>(key, r => r is { JobsScheduled: false } ? r with { JobsScheduled = true } : null,
                cancellationToken: cancellationToken).ConfigureAwait(false))!.Value;
        }

        if (created)
        {
            LogCreated(logger, round.Id, round.Definition.Sessions.Count);
            await SendOrganiserCardAsync(round, cancellationToken).ConfigureAwait(false);
        }

        return round;
    }

    /// <summary>Sends each invited person their own invitation; returns how many.</summary>
    public async Task<int> InviteAsync(string? roundId, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round.State == RoundState.Closed || time.GetUtcNow() >= round.Definition.SignUpClosesAt)
        {
            LogTooLate(logger, round.Id);
            return 0; // an invitation to a closed sign-up would only be noise
        }

        var people = new List<StaffMember>();
        await foreach (var person in directory.ResolveAsync(round.Definition.Audience, cancellationToken).ConfigureAwait(false))
        {
            people.Add(person);
        }

        if (people.Count == 0)
        {
            throw new CardActionException(HopeDayErrors.NoInvitees);
        }

        var availability = await views.AvailabilityAsync(round, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = SendParallelism, CancellationToken = cancellationToken },
            async (person, ct) => await notifier.SendStateAsync(
                round, person, CardNotice.None, $"hopeday-{round.Id}-invite-{person.Id}", "invitation", ct, availability).ConfigureAwait(false))
            .ConfigureAwait(false);
        LogInvited(logger, round.Id, people.Count);
        return people.Count;
    }

    /// <summary>
    /// Closes sign-up, forms the tables, gives everyone seated their table card and everyone waiting a word that
    /// they stay on the list. Safe to repeat: the tables are formed once and every message has a stable id.
    /// </summary>
    public async Task<RoundTables> CloseAsync(string? roundId, CancellationToken cancellationToken)
    {
        var existing = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var round = (await store.UpdateAsync<RoundDocument>(HopeDayKeys.Round(existing.Id),
            r => r is { State: RoundState.Open } ? r with { State = RoundState.Closed, ClosedAt = now } : null,
            cancellationToken: cancellationToken).ConfigureAwait(false))!.Value;
        var formed = await tables.FormAsync(round, cancellationToken).ConfigureAwait(false);

        var report = await reports.BuildAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var availability = await views.AvailabilityAsync(round, cancellationToken).ConfigureAwait(false);
        // Sessions already under way (or past) need no table card any more.
        var recipients = report.Sessions.Where(s => s.Session.StartsAt > now).SelectMany(s => s.Participants).ToList();
        await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = SendParallelism, CancellationToken = cancellationToken },
            async (line, ct) =>
            {
                if (await directory.FindAsync(line.PersonId, ct).ConfigureAwait(false) is not { } person)
                {
                    return;
                }

                var seated = line.State == ParticipationState.Confirmed;
                await notifier.SendStateAsync(
                    round, person, seated ? CardNotice.Tables : CardNotice.WaitlistAtClose,
                    $"hopeday-{round.Id}-{(seated ? "table" : "waiting")}-{person.Id}", seated ? "table" : "waitlist-closed", ct, availability, formed)
                    .ConfigureAwait(false);
            }).ConfigureAwait(false);
        LogClosed(logger, round.Id, formed.Sessions.Sum(s => s.Tables.Count));
        return formed;
    }

    private async Task SendOrganiserCardAsync(RoundDocument round, CancellationToken cancellationToken)
    {
        if (round.Definition.OrganizerIds.Count == 0)
        {
            return;
        }

        var report = await reports.BuildAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var zone = organization.TimeZone;
        var now = time.GetUtcNow();
        try
        {
            await outbox.EnqueueAsync(new OutboxMessage
            {
                Id = $"hopeday-{round.Id}-organiser",
                PluginId = HopeDayPlugin.Descriptor.Id,
                CardName = "organiser-report",
                Audience = Audience.Users([.. round.Definition.OrganizerIds]),
                Card = culture => OrganiserCards.Report(report, round.Definition.OrganizerIds, now, culture, zone),
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            // Organisers missing from the directory: the round stands; they can still read the report through the service.
            LogNoOrganisers(logger, e, round.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day round {RoundId} created with {Sessions} sessions")]
    private static partial void LogCreated(ILogger logger, string roundId, int sessions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day round {RoundId}: {People} invitations enqueued")]
    private static partial void LogInvited(ILogger logger, string roundId, int people);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day round {RoundId}: sign-up has closed, so no invitations were sent")]
    private static partial void LogTooLate(ILogger logger, string roundId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day round {RoundId} closed; {Tables} tables formed")]
    private static partial void LogClosed(ILogger logger, string roundId, int tables);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hope Day round {RoundId}: no organiser could be reached for the organiser card")]
    private static partial void LogNoOrganisers(ILogger logger, Exception exception, string roundId);
}
