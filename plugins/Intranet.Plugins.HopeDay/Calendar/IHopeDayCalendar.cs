using Intranet.Extensions.People;

namespace Intranet.Plugins.HopeDay.Calendar;

/// <summary>
/// Puts a confirmed Hope Day seat in the person's calendar and takes it out again. The embedded default
/// writes an iCalendar (.ics) file to the document store and links it on the person's card; a Microsoft
/// Graph implementation (<c>POST /users/{id}/events</c>) belongs to the Graph package. Register another
/// implementation with <c>services.Replace(...)</c> after <c>AddHopeDay()</c>.
/// </summary>
public interface IHopeDayCalendar
{
    /// <summary>
    /// Creates the invitation. Must be idempotent per <see cref="CalendarInviteRequest.InviteId"/>: a retry after
    /// a crash may call again with the same request.
    /// </summary>
    Task<CalendarInvite> InviteAsync(CalendarInviteRequest request, CancellationToken cancellationToken = default);

    /// <summary>Withdraws the invitation (a cancellation the person's calendar understands). Idempotent.</summary>
    Task WithdrawAsync(CalendarInviteRequest request, CancellationToken cancellationToken = default);
}

/// <summary>An invitation to one session for one person, with texts already in their language.</summary>
/// <param name="InviteId">Stable id of this invitation (letters, digits and <c>._@-</c>); use it as the event's UID or transaction id.</param>
/// <param name="Attendee">Who is invited.</param>
/// <param name="Subject">The event's title.</param>
/// <param name="Location">Where.</param>
/// <param name="Description">The event's body.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Organizer">The organiser shown on the event, when the round names one.</param>
public sealed record CalendarInviteRequest(
    string InviteId, StaffMember Attendee, string Subject, string Location, string Description,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, StaffMember? Organizer = null);

/// <summary>A created invitation.</summary>
/// <param name="InviteId">The request's id.</param>
/// <param name="Link">Where the person can open or add it (the .ics file, or the event's web link); none when the calendar shows it by itself.</param>
/// <param name="ExternalId">The calendar's own id of the event, when it has one.</param>
public sealed record CalendarInvite(string InviteId, Uri? Link, string? ExternalId = null);
