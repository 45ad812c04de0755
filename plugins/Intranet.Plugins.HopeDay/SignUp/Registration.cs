namespace Intranet.Plugins.HopeDay.SignUp;

/// <summary>
/// A person's one place in a round, stored at <c>hopeday/reg/{round}/{person}</c>. It is claimed before any
/// seat is taken (created with If-None-Match, then changed with If-Match), which is what keeps everyone to
/// one session per round however many clicks arrive at once. Each claim gets a new <see cref="Ticket"/>;
/// a seat entry counts only while its ticket is the registration's current one.
/// </summary>
internal sealed record Registration
{
    public required string PersonId { get; init; }

    public required string SessionId { get; init; }

    public required string Ticket { get; init; }

    public SeniorityGroup Group { get; init; }

    public bool Active { get; init; } = true;

    /// <summary>The claim this one replaced, whose seat entry still has to be cleared (switch, or sign-up after a cancel).</summary>
    public PreviousClaim? Previous { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The calendar invitation of the current ticket, once it exists.</summary>
    public Calendar.CalendarInvite? Invite { get; init; }

    /// <summary>Set once the person gave feedback; the feedback itself is stored without their id.</summary>
    public bool FeedbackGiven { get; init; }

    public bool Holds(string sessionId, string ticket) => Active && SessionId == sessionId && Ticket == ticket;
}

/// <summary>A replaced claim: its session and ticket.</summary>
internal sealed record PreviousClaim(string SessionId, string Ticket);
