namespace Intranet.Plugins.HopeDay.SignUp;

/// <summary>A person holding a seat or a waitlist place; <see cref="Ticket"/> names the registration that put them there.</summary>
internal sealed record SeatEntry(string PersonId, string Ticket, DateTimeOffset At);

/// <summary>One group's seats of a session: confirmed in arrival order, then the waitlist in arrival order.</summary>
internal sealed record GroupSeats
{
    public List<SeatEntry> Confirmed { get; init; } = [];

    public List<SeatEntry> Waitlist { get; init; } = [];

    public GroupSeats Copy() => new() { Confirmed = [.. Confirmed], Waitlist = [.. Waitlist] };
}

/// <summary>What a join or leave found or did.</summary>
internal sealed record SeatOutcome(SeniorityGroup Group, ParticipationState State, int? WaitlistPosition);

/// <summary>
/// The seats of one session, stored at <c>hopeday/seats/{round}/{session}</c> and changed only through
/// <c>UpdateAsync</c> (ETag retry), so concurrent sign-ups can never overbook a group or lose a place.
/// The operations are pure: they return a new document and never touch the one they were given.
/// </summary>
internal sealed record SessionSeats
{
    public GroupSeats Junior { get; init; } = new();

    public GroupSeats Senior { get; init; } = new();

    public GroupSeats Of(SeniorityGroup group) => group == SeniorityGroup.Junior ? Junior : Senior;

    public IEnumerable<SeatEntry> AllConfirmed => Junior.Confirmed.Concat(Senior.Confirmed);

    /// <summary>Where <paramref name="personId"/> stands, or <see langword="null"/> when not here.</summary>
    public SeatOutcome? Find(string personId, string? ticket = null)
    {
        foreach (var group in (SeniorityGroup[])[SeniorityGroup.Junior, SeniorityGroup.Senior])
        {
            var seats = Of(group);
            if (seats.Confirmed.Any(e => Matches(e, personId, ticket)))
            {
                return new(group, ParticipationState.Confirmed, null);
            }

            var index = seats.Waitlist.FindIndex(e => Matches(e, personId, ticket));
            if (index >= 0)
            {
                return new(group, ParticipationState.Waitlisted, index + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Takes a seat of <paramref name="group"/> while one is free, else the end of its waitlist. A repeat with
    /// the same ticket changes nothing (<c>Next</c> is null); an entry of the person under another ticket is replaced.
    /// </summary>
    public (SessionSeats? Next, SeatOutcome Outcome) Join(string personId, string ticket, SeniorityGroup group, int seats, DateTimeOffset now)
    {
        if (Find(personId, ticket) is { } existing)
        {
            return (null, existing);
        }

        var next = Without(personId, ticket: null);
        var mine = next.Of(group);
        var entry = new SeatEntry(personId, ticket, now);
        if (mine.Confirmed.Count < seats)
        {
            mine.Confirmed.Add(entry);
            return (next, new(group, ParticipationState.Confirmed, null));
        }

        mine.Waitlist.Add(entry);
        return (next, new(group, ParticipationState.Waitlisted, mine.Waitlist.Count));
    }

    /// <summary>
    /// Removes the entry of <paramref name="ticket"/>. A freed seat goes to the first waitlisted person of the
    /// same group. <c>Next</c> is null when the entry was not here.
    /// </summary>
    public (SessionSeats? Next, SeatOutcome? Left, IReadOnlyList<SeatEntry> Promoted) Leave(string personId, string ticket, HopeDaySessionDefinition session)
    {
        if (Find(personId, ticket) is not { } left)
        {
            return (null, null, []);
        }

        var next = Without(personId, ticket);
        var promoted = new List<SeatEntry>();
        var mine = next.Of(left.Group);
        while (mine.Confirmed.Count < session.SeatsOf(left.Group) && mine.Waitlist.Count > 0)
        {
            promoted.Add(mine.Waitlist[0]);
            mine.Confirmed.Add(mine.Waitlist[0]);
            mine.Waitlist.RemoveAt(0);
        }

        return (next, left, promoted);
    }

    private SessionSeats Without(string personId, string? ticket)
    {
        var junior = Junior.Copy();
        var senior = Senior.Copy();
        foreach (var list in (List<SeatEntry>[])[junior.Confirmed, junior.Waitlist, senior.Confirmed, senior.Waitlist])
        {
            list.RemoveAll(e => Matches(e, personId, ticket));
        }

        return new() { Junior = junior, Senior = senior };
    }

    private static bool Matches(SeatEntry entry, string personId, string? ticket) =>
        entry.PersonId == personId && (ticket is null || entry.Ticket == ticket);
}
