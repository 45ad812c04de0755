using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.Calendar;

/// <summary>
/// Embedded default: an iCalendar file per invitation in the document store (<c>hopeday/calendar/{id}.ics</c>),
/// linked on the card so the dev inbox (or Outlook, or any calendar) can open it. Withdrawing rewrites the same
/// file as a <c>METHOD:CANCEL</c> with a higher sequence, which calendars apply to the event they imported.
/// </summary>
internal sealed class IcsHopeDayCalendar(IDocumentStore documents, IDocumentLinks links, TimeProvider time) : IHopeDayCalendar
{
    private const string ContentType = "text/calendar; charset=utf-8";

    public async Task<CalendarInvite> InviteAsync(CalendarInviteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = HopeDayKeys.CalendarFile(request.InviteId);
        await WriteAsync(path, Build(request, cancel: false), cancellationToken).ConfigureAwait(false);
        return new CalendarInvite(request.InviteId, links.GetLink(path));
    }

    public async Task WithdrawAsync(CalendarInviteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await WriteAsync(HopeDayKeys.CalendarFile(request.InviteId), Build(request, cancel: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The iCalendar text of a request or of its cancellation.</summary>
    internal string Build(CalendarInviteRequest request, bool cancel)
    {
        var calendar = new Ical.Net.Calendar { Method = cancel ? "CANCEL" : "REQUEST" };
        var calendarEvent = new CalendarEvent
        {
            Uid = request.InviteId + "@hopeday",
            Summary = request.Subject,
            Location = request.Location,
            Description = request.Description,
            DtStart = new CalDateTime(request.StartsAt.UtcDateTime),
            DtEnd = new CalDateTime(request.EndsAt.UtcDateTime),
            DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime),
            Sequence = cancel ? 1 : 0,
            Status = cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (request.Organizer is { } organizer && MailOf(organizer) is { } organizerMail)
        {
            calendarEvent.Organizer = new Organizer(organizerMail) { CommonName = organizer.DisplayName };
        }

        if (MailOf(request.Attendee) is { } attendeeMail)
        {
            calendarEvent.Attendees.Add(new Attendee(attendeeMail) { CommonName = request.Attendee.DisplayName, Rsvp = !cancel });
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));

        // Last writer wins on purpose: the invitation and its cancellation are the whole state of the file.
        await documents.PutAsync(path, content, ContentType, WriteCondition.None, cancellationToken).ConfigureAwait(false);
    }

    private static string? MailOf(StaffMember person)
    {
        var mail = person.Mail ?? person.UserPrincipalName;
        return string.IsNullOrWhiteSpace(mail) ? null : "mailto:" + mail;
    }
}
