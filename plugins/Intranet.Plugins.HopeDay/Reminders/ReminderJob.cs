using Intranet.Extensions.Scheduling;
using Intranet.Plugins.HopeDay.Calendar;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;
using Microsoft.Extensions.Logging;

namespace Intranet.Plugins.HopeDay.Reminders;

/// <summary>
/// <c>hopeday.remind</c>: the day before and on the morning of a session, everyone confirmed gets a reminder
/// (one message per person and reminder, so a retried job sends nobody a second one). It also makes sure
/// their calendar invitation exists, mending a confirmation that stopped before its invitation was made.
/// </summary>
internal sealed partial class ReminderJob(
    RoundReader rounds, SessionParticipants participants, InviteKeeper invites, HopeDayNotifier notifier, TimeProvider time, ILogger<ReminderJob> logger)
    : IScheduledJobHandler
{
    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken = default)
    {
        var roundId = (string?)job.Data?["roundId"];
        var variant = (string?)job.Data?["variant"] == RoundJobs.Eve ? RoundJobs.Eve : RoundJobs.Morning;
        var round = roundId is null ? null : await rounds.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round?.Session((string?)job.Data?["sessionId"]) is not { } session || session.StartsAt <= time.GetUtcNow())
        {
            LogSkipped(logger, job.Id);
            return; // gone, or too late to remind anyone
        }

        var people = await participants.ConfirmedAsync(round, session, cancellationToken).ConfigureAwait(false);
        foreach (var (person, registration) in people)
        {
            await invites.EnsureAsync(round, session, person, registration, cancellationToken).ConfigureAwait(false);
            await notifier.SendStateAsync(
                round, person, variant == RoundJobs.Eve ? CardNotice.ReminderEve : CardNotice.ReminderMorning,
                $"hopeday-{round.Id}-{session.Id}-{variant}-{person.Id}", "reminder-" + variant, cancellationToken).ConfigureAwait(false);
        }

        LogReminded(logger, round.Id, session.Id, variant, people.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day {RoundId}/{SessionId}: {Variant} reminder for {People} people")]
    private static partial void LogReminded(ILogger logger, string roundId, string sessionId, string variant, int people);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day job {JobId} skipped: the session is gone or has started")]
    private static partial void LogSkipped(ILogger logger, string jobId);
}
