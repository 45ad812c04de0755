using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Calendar;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.Tables;

namespace Intranet.Plugins.HopeDay.SignUp;

/// <summary>Reads what a person's card shows: their place, seats left per session, their calendar link and table.</summary>
internal sealed class ParticipantViews(IStateStore store, TableService tables, IDirectory directory, TimeProvider time)
{
    public async Task<IReadOnlyList<SessionAvailability>> AvailabilityAsync(RoundDocument round, CancellationToken cancellationToken)
    {
        var result = new List<SessionAvailability>();
        foreach (var session in round.Definition.Sessions)
        {
            var seats = (await store.GetAsync<SessionSeats>(HopeDayKeys.Seats(round.Id, session.Id), cancellationToken).ConfigureAwait(false))?.Value
                ?? new SessionSeats();
            result.Add(new SessionAvailability(
                session,
                Math.Max(0, session.JuniorSeats - seats.Junior.Confirmed.Count),
                Math.Max(0, session.SeniorSeats - seats.Senior.Confirmed.Count),
                seats.Junior.Waitlist.Count,
                seats.Senior.Waitlist.Count));
        }

        return result;
    }

    public async Task<ParticipantView> BuildAsync(
        RoundDocument round, StaffMember person, CancellationToken cancellationToken,
        IReadOnlyList<SessionAvailability>? availability = null, RoundTables? roundTables = null)
    {
        var registration = (await store.GetAsync<Registration>(HopeDayKeys.Registration(round.Id, person.Id), cancellationToken).ConfigureAwait(false))?.Value;
        var place = await Places.ReadAsync(store, round, person, registration, cancellationToken).ConfigureAwait(false);
        var view = new ParticipantView
        {
            Round = round,
            Place = place,
            Sessions = availability ?? await AvailabilityAsync(round, cancellationToken).ConfigureAwait(false),
            Now = time.GetUtcNow(),
            FeedbackGiven = registration?.FeedbackGiven ?? false,
        };
        if (place.State != ParticipationState.Confirmed || registration is null)
        {
            return view;
        }

        var inviteId = InviteKeeper.InviteId(round.Id, registration.SessionId, person.Id, registration.Ticket);
        return view with
        {
            CalendarLink = registration.Invite is { } invite && invite.InviteId == inviteId ? invite.Link : null,
            Table = round.State == RoundState.Closed
                ? await TableAsync(round, person.Id, roundTables, cancellationToken).ConfigureAwait(false)
                : null,
        };
    }

    private async Task<TableView?> TableAsync(RoundDocument round, string personId, RoundTables? roundTables, CancellationToken cancellationToken)
    {
        roundTables ??= await tables.FindAsync(round.Id, cancellationToken).ConfigureAwait(false);
        if (roundTables?.Find(personId) is not { } found)
        {
            return null;
        }

        var mates = new List<TableMate>();
        foreach (var id in found.Members)
        {
            var mate = await directory.FindAsync(id, cancellationToken).ConfigureAwait(false);
            mates.Add(new TableMate(mate?.DisplayName ?? id, mate?.Department, mate is null ? SeniorityGroup.Senior : round.Definition.Rule.Classify(mate), id == personId));
        }

        return new TableView(found.Number, mates);
    }
}
