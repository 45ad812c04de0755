using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.SignUp;

/// <summary>Reads where a person stands: their registration names the session, the session's seats give the state.</summary>
internal static class Places
{
    public static async Task<HopeDayPlace> ReadAsync(
        IStateStore store, RoundDocument round, StaffMember person, Registration? registration, CancellationToken cancellationToken)
    {
        if (registration is null)
        {
            return new HopeDayPlace(round.Id, person.Id, round.Definition.Rule.Classify(person), ParticipationState.None);
        }

        if (!registration.Active)
        {
            return new HopeDayPlace(round.Id, person.Id, registration.Group, ParticipationState.Cancelled, registration.SessionId);
        }

        var seats = (await store.GetAsync<SessionSeats>(HopeDayKeys.Seats(round.Id, registration.SessionId), cancellationToken).ConfigureAwait(false))?.Value;
        return seats?.Find(person.Id, registration.Ticket) is { } seat
            ? new HopeDayPlace(round.Id, person.Id, seat.Group, seat.State, registration.SessionId, seat.WaitlistPosition)
            : new HopeDayPlace(round.Id, person.Id, registration.Group, ParticipationState.None); // a claim still on its way to a seat
    }
}
