using Intranet.Extensions.Graph.Hosting;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace Intranet.Extensions.Graph.Calendar;

/// <summary>
/// Calendar events in an organiser's mailbox (<c>Calendars.ReadWrite</c>), e.g. a Hope Day session: create with
/// attendees (Outlook sends the invitations) and cancel with a message to them.
/// </summary>
public sealed class GraphCalendar
{
    private readonly GraphClients _graph;

    internal GraphCalendar(GraphClients graph) => _graph = graph;

    /// <summary>Creates the event in the organiser's calendar; returns its id.</summary>
    public async Task<string> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await _graph.App.Users[request.OrganizerId].Events.PostAsync(new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = request.HtmlBody ?? "" },
            Start = new DateTimeTimeZone { DateTime = request.Start.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = request.TimeZone },
            End = new DateTimeTimeZone { DateTime = request.End.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = request.TimeZone },
            Location = request.Location is null ? null : new Location { DisplayName = request.Location },
            Attendees = [.. request.AttendeeAddresses.Select(a => new Attendee { EmailAddress = new EmailAddress { Address = a }, Type = AttendeeType.Required })],
            TransactionId = request.TransactionId,
            AllowNewTimeProposals = false,
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return created?.Id ?? throw new InvalidOperationException("Graph answered the new event without an id.");
    }

    /// <summary>Cancels the event and tells its attendees why.</summary>
    public Task CancelEventAsync(string organizerId, string eventId, string comment, CancellationToken cancellationToken = default) =>
        _graph.App.Users[organizerId].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
}

/// <summary>An event to create.</summary>
/// <param name="OrganizerId">The organiser's object id or UPN (whose calendar holds it).</param>
/// <param name="Subject">The title.</param>
/// <param name="Start">Start, in <paramref name="TimeZone"/>.</param>
/// <param name="End">End, in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">A Windows or IANA time zone name Graph accepts, e.g. <c>Korea Standard Time</c>.</param>
/// <param name="AttendeeAddresses">Mail addresses of the attendees.</param>
/// <param name="Location">The room.</param>
/// <param name="HtmlBody">The invitation text.</param>
/// <param name="TransactionId">Idempotency key: Graph creates one event per transaction id even when a create is retried.</param>
public sealed record CalendarEventRequest(
    string OrganizerId, string Subject, DateTime Start, DateTime End, string TimeZone, IReadOnlyList<string> AttendeeAddresses,
    string? Location = null, string? HtmlBody = null, string? TransactionId = null);
