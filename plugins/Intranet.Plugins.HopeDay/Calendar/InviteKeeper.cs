using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Calendar;

/// <summary>
/// Keeps calendar invitations in step with seats: one invitation per seat ticket, created when the seat is
/// confirmed and withdrawn when it is given up. Ids derive from the ticket, so every call is safe to repeat.
/// </summary>
internal sealed class InviteKeeper(IHopeDayCalendar calendar, IStateStore store, IDirectory directory, IOrganizationContext organization)
{
    public async Task<CalendarInvite> EnsureAsync(
        RoundDocument round, HopeDaySessionDefinition session, StaffMember person, Registration registration, CancellationToken cancellationToken)
    {
        var request = await RequestAsync(round, session, person, registration.Ticket, cancellationToken).ConfigureAwait(false);
        if (registration.Invite is { } existing && existing.InviteId == request.InviteId)
        {
            return existing;
        }

        var invite = await calendar.InviteAsync(request, cancellationToken).ConfigureAwait(false);
        var key = HopeDayKeys.Registration(round.Id, person.Id);
        var stored = await store.UpdateAsync<Registration>(
            key,
            r => r is not null && r.Holds(session.Id, registration.Ticket) && r.Invite?.InviteId != invite.InviteId ? r with { Invite = invite } : null,
            cancellationToken: cancellationToken).ConfigureAwait(false);

        // The seat was given up while the invitation was being made: take it back out.
        if (stored?.Value is not { } now || !now.Holds(session.Id, registration.Ticket))
        {
            await calendar.WithdrawAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return invite;
    }

    public async Task WithdrawAsync(RoundDocument round, HopeDaySessionDefinition session, string personId, string ticket, CancellationToken cancellationToken)
    {
        var person = await directory.FindAsync(personId, cancellationToken).ConfigureAwait(false)
            ?? new StaffMember { Id = personId, DisplayName = personId };
        var request = await RequestAsync(round, session, person, ticket, cancellationToken).ConfigureAwait(false);
        await calendar.WithdrawAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The invitation id of a seat ticket.</summary>
    public static string InviteId(string roundId, string sessionId, string personId, string ticket) =>
        $"{roundId}.{sessionId}.{personId}.{ticket}";

    private async Task<CalendarInviteRequest> RequestAsync(
        RoundDocument round, HopeDaySessionDefinition session, StaffMember person, string ticket, CancellationToken cancellationToken)
    {
        var culture = organization.CultureOf(person);
        var organizer = round.Definition.OrganizerIds.Count > 0
            ? await directory.FindAsync(round.Definition.OrganizerIds[0], cancellationToken).ConfigureAwait(false)
            : null;
        var title = round.Definition.Title.Get(culture);
        return new CalendarInviteRequest(
            InviteId(round.Id, session.Id, person.Id, ticket),
            person,
            HopeDayTexts.Format("calendar.subject", culture, title),
            session.Place.Get(culture),
            HopeDayTexts.Format("calendar.description", culture, title),
            session.StartsAt,
            session.EndsAt,
            organizer);
    }
}
