using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Feedback;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;
using Intranet.Plugins.HopeDay.Tables;

namespace Intranet.Plugins.HopeDay.Reports;

/// <summary>The organiser's report and attendance.</summary>
internal sealed class ReportService(
    IStateStore store, RoundReader rounds, FeedbackService feedback, TableService tables, IDirectory directory, TimeProvider time)
{
    public async Task<HopeDayReport> BuildAsync(string? roundId, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        var registrations = new Dictionary<string, Registration>(StringComparer.Ordinal);
        await foreach (var entry in store.ListAsync<Registration>(HopeDayKeys.RegistrationsOf(round.Id), cancellationToken).ConfigureAwait(false))
        {
            registrations[entry.Value.PersonId] = entry.Value;
        }

        var answers = await feedback.ListAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var roundTables = await tables.FindAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var sessions = new List<SessionReport>();
        foreach (var session in round.Definition.Sessions)
        {
            var seats = (await store.GetAsync<SessionSeats>(HopeDayKeys.Seats(round.Id, session.Id), cancellationToken).ConfigureAwait(false))?.Value
                ?? new SessionSeats();
            var attendance = await AttendanceAsync(round.Id, session.Id, cancellationToken).ConfigureAwait(false);
            var attended = attendance?.Attended.ToHashSet(StringComparer.Ordinal);
            var lines = new List<ParticipantLine>();
            foreach (var group in (SeniorityGroup[])[SeniorityGroup.Junior, SeniorityGroup.Senior])
            {
                var groupSeats = seats.Of(group);
                foreach (var entry in groupSeats.Confirmed.Concat(groupSeats.Waitlist))
                {
                    // A seat counts only while its registration still names it.
                    if (!registrations.TryGetValue(entry.PersonId, out var registration) || !registration.Holds(session.Id, entry.Ticket))
                    {
                        continue;
                    }

                    var person = await directory.FindAsync(entry.PersonId, cancellationToken).ConfigureAwait(false);
                    var confirmed = groupSeats.Confirmed.Contains(entry);
                    lines.Add(new ParticipantLine(
                        entry.PersonId, person?.DisplayName ?? entry.PersonId, person?.Department, group,
                        confirmed ? ParticipationState.Confirmed : ParticipationState.Waitlisted,
                        confirmed ? null : lines.Count(l => l.Group == group && l.State == ParticipationState.Waitlisted) + 1,
                        confirmed && roundTables?.Find(entry.PersonId) is { } table ? table.Number : null,
                        confirmed && attended is not null ? attended.Contains(entry.PersonId) : null));
                }
            }

            sessions.Add(new SessionReport(
                session,
                Fill(session, lines, SeniorityGroup.Junior),
                Fill(session, lines, SeniorityGroup.Senior),
                attended is null ? null : lines.Count(l => l.Attended == true),
                FeedbackService.Summarize(answers.Where(a => a.SessionId == session.Id)),
                lines));
        }

        return new HopeDayReport(
            round.Id, round.Definition.Title, round.State, round.Definition.SignUpClosesAt, sessions, FeedbackService.Summarize(answers));
    }

    /// <summary>Records who attended a session (replacing an earlier record); only confirmed people count.</summary>
    public async Task RecordAttendanceAsync(string? roundId, string? sessionId, IEnumerable<string> attendedIds, string? recordedBy, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        var session = RoundReader.Session(round, sessionId);
        var document = new AttendanceDocument([.. attendedIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], recordedBy, time.GetUtcNow());

        // The latest record wins: attendance is a list an organiser corrects, not a tally.
        await store.PutAsync(HopeDayKeys.Attendance(round.Id, session.Id), document, WriteCondition.None, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AttendanceDocument?> AttendanceAsync(string roundId, string sessionId, CancellationToken cancellationToken) =>
        (await store.GetAsync<AttendanceDocument>(HopeDayKeys.Attendance(roundId, sessionId), cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>Refuses anyone but the round's organisers.</summary>
    public static void EnsureOrganizer(RoundDocument round, StaffMember actor)
    {
        if (!round.IsOrganizer(actor.Id))
        {
            throw new CardActionException(HopeDayErrors.NotOrganizer);
        }
    }

    private static GroupFill Fill(HopeDaySessionDefinition session, List<ParticipantLine> lines, SeniorityGroup group) =>
        new(session.SeatsOf(group),
            lines.Count(l => l.Group == group && l.State == ParticipationState.Confirmed),
            lines.Count(l => l.Group == group && l.State == ParticipationState.Waitlisted));
}
