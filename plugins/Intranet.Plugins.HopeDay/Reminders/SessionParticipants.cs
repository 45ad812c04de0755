using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Calendar;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Reminders;

/// <summary>The people a session job writes to: everyone whose seat is confirmed now, with their registration.</summary>
internal sealed class SessionParticipants(IStateStore store, IDirectory directory)
{
    public async Task<IReadOnlyList<(StaffMember Person, Registration Registration)>> ConfirmedAsync(
        RoundDocument round, HopeDaySessionDefinition session, CancellationToken cancellationToken)
    {
        var seats = (await store.GetAsync<SessionSeats>(HopeDayKeys.Seats(round.Id, session.Id), cancellationToken).ConfigureAwait(false))?.Value;
        var result = new List<(StaffMember, Registration)>();
        foreach (var entry in seats?.AllConfirmed ?? [])
        {
            var registration = (await store.GetAsync<Registration>(HopeDayKeys.Registration(round.Id, entry.PersonId), cancellationToken).ConfigureAwait(false))?.Value;
            if (registration is not null && registration.Holds(session.Id, entry.Ticket) &&
                await directory.FindAsync(entry.PersonId, cancellationToken).ConfigureAwait(false) is { } person)
            {
                result.Add((person, registration));
            }
        }

        return result;
    }
}
