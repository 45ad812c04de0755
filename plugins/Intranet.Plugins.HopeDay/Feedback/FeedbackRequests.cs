using Intranet.Plugins.HopeDay.Reminders;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Feedback;

/// <summary>
/// Asks a session's participants for feedback: everyone who had a seat (only those marked present, once
/// attendance is recorded) and has not answered. One message per person, with a stable id.
/// </summary>
internal sealed class FeedbackRequests(SessionParticipants participants, ReportService reports, HopeDayNotifier notifier)
{
    public async Task<int> AskAsync(RoundDocument round, HopeDaySessionDefinition session, CancellationToken cancellationToken)
    {
        var attendance = await reports.AttendanceAsync(round.Id, session.Id, cancellationToken).ConfigureAwait(false);
        var asked = 0;
        foreach (var (person, registration) in await participants.ConfirmedAsync(round, session, cancellationToken).ConfigureAwait(false))
        {
            if (registration.FeedbackGiven || (attendance is not null && !attendance.Attended.Contains(person.Id)))
            {
                continue;
            }

            await notifier.SendStateAsync(
                round, person, CardNotice.Feedback, $"hopeday-{round.Id}-{session.Id}-feedback-{person.Id}", "feedback", cancellationToken).ConfigureAwait(false);
            asked++;
        }

        return asked;
    }
}
