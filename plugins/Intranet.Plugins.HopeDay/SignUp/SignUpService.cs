using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Calendar;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.Tables;
using Microsoft.Extensions.Logging;

namespace Intranet.Plugins.HopeDay.SignUp;

/// <summary>
/// Sign-up, switch and cancel. Each is two conditional writes: first the person's registration (one per
/// round), then the session's seats. A click that a later click of the same person overtook between the two
/// undoes its own seat entry, so a person is never seated twice, and every step is safe to repeat.
/// </summary>
internal sealed partial class SignUpService(
    IStateStore store,
    RoundReader rounds,
    SeatLocks locks,
    InviteKeeper invites,
    HopeDayNotifier notifier,
    TableService tables,
    IDirectory directory,
    TimeProvider time,
    ILogger<SignUpService> logger)
{
    /// <summary>
    /// Signs <paramref name="person"/> up for a session (or moves them there when <paramref name="allowSwitch"/>).
    /// <paramref name="enforceWindow"/> is false only for seeding past demo rounds.
    /// </summary>
    public async Task<HopeDayPlace> SignUpAsync(
        string? roundId, string? sessionId, StaffMember person, bool allowSwitch, CancellationToken cancellationToken, bool enforceWindow = true)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        var session = RoundReader.Session(round, sessionId);
        var now = time.GetUtcNow();
        if (enforceWindow)
        {
            EnsureOpen(round, now);
            if (session.StartsAt <= now)
            {
                throw new CardActionException(HopeDayErrors.SessionStarted);
            }

            if (!await IsInvitedAsync(round, person, cancellationToken).ConfigureAwait(false))
            {
                throw new CardActionException(HopeDayErrors.NotInvited);
            }
        }

        var group = round.Definition.Rule.Classify(person);
        var ticket = Guid.NewGuid().ToString("N")[..16];
        var key = HopeDayKeys.Registration(round.Id, person.Id);
        var claimed = await store.UpdateAsync<Registration>(
            key, current => Claim(current, person.Id, session.Id, ticket, group, allowSwitch, now), cancellationToken: cancellationToken).ConfigureAwait(false);
        var registration = claimed!.Value;
        if (!registration.Holds(session.Id, registration.Ticket))
        {
            throw new CardActionException(HopeDayErrors.AlreadySignedUp);
        }

        if (registration.Previous is { } previous && previous.Ticket != registration.Ticket)
        {
            await LeaveAsync(round, previous, person.Id, cancellationToken).ConfigureAwait(false);
        }

        var outcome = await JoinAsync(round, session, person.Id, registration, cancellationToken).ConfigureAwait(false);

        // A cancel or switch of the same person may have landed between the two writes: theirs stands.
        var latest = (await store.GetAsync<Registration>(key, cancellationToken).ConfigureAwait(false))?.Value;
        if (latest is null || !latest.Holds(session.Id, registration.Ticket))
        {
            LogOvertaken(logger, round.Id, person.Id);
            await LeaveAsync(round, new PreviousClaim(session.Id, registration.Ticket), person.Id, cancellationToken).ConfigureAwait(false);
            return await PlaceAsync(round, person, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.State == ParticipationState.Confirmed)
        {
            await invites.EnsureAsync(round, session, person, latest, cancellationToken).ConfigureAwait(false);
        }

        LogSignedUp(logger, round.Id, session.Id, person.Id, outcome.State);
        return new HopeDayPlace(round.Id, person.Id, outcome.Group, outcome.State, session.Id, outcome.WaitlistPosition);
    }

    /// <summary>Cancels the person's session; their seat goes to the first waitlisted person of their group.</summary>
    public async Task<HopeDayPlace> CancelAsync(string? roundId, StaffMember person, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        var key = HopeDayKeys.Registration(round.Id, person.Id);
        var current = (await store.GetAsync<Registration>(key, cancellationToken).ConfigureAwait(false))?.Value
            ?? throw new CardActionException(HopeDayErrors.NotSignedUp);
        var now = time.GetUtcNow();
        if (current.Active && round.Session(current.SessionId) is { } session && session.StartsAt <= now)
        {
            throw new CardActionException(HopeDayErrors.SessionStarted);
        }

        var cancelled = (await store.UpdateAsync<Registration>(
            key, r => r is { Active: true } ? r with { Active = false, UpdatedAt = now } : null, cancellationToken: cancellationToken).ConfigureAwait(false))!.Value;

        // Also on a repeat: finishes a cancel that stopped between its two writes.
        await LeaveAsync(round, new PreviousClaim(cancelled.SessionId, cancelled.Ticket), person.Id, cancellationToken).ConfigureAwait(false);
        LogCancelled(logger, round.Id, cancelled.SessionId, person.Id);
        return await PlaceAsync(round, person, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where the person stands now.</summary>
    public async Task<HopeDayPlace> PlaceAsync(RoundDocument round, StaffMember person, CancellationToken cancellationToken)
    {
        var registration = (await store.GetAsync<Registration>(HopeDayKeys.Registration(round.Id, person.Id), cancellationToken).ConfigureAwait(false))?.Value;
        return await Places.ReadAsync(store, round, person, registration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Clears a claim's seat entry; a freed seat goes to the next in line, who is told.</summary>
    public async Task LeaveAsync(RoundDocument round, PreviousClaim claim, string personId, CancellationToken cancellationToken)
    {
        if (round.Session(claim.SessionId) is not { } session)
        {
            return;
        }

        var seatsKey = HopeDayKeys.Seats(round.Id, session.Id);
        SeatOutcome? left = null;
        IReadOnlyList<SeatEntry> promoted = [];
        using (await locks.EnterAsync(seatsKey, cancellationToken).ConfigureAwait(false))
        {
            await store.UpdateAsync<SessionSeats>(seatsKey, current =>
            {
                (left, promoted) = (null, []);
                if (current is null)
                {
                    return null;
                }

                var (next, leaving, up) = current.Leave(personId, claim.Ticket, session);
                (left, promoted) = (leaving, up);
                return next;
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (left is null)
        {
            return;
        }

        if (left.State == ParticipationState.Confirmed)
        {
            await invites.WithdrawAsync(round, session, personId, claim.Ticket, cancellationToken).ConfigureAwait(false);
        }

        var seated = new List<(StaffMember Person, Registration Registration)>();
        foreach (var entry in promoted)
        {
            if (await CheckPromotedAsync(round, session, entry, cancellationToken).ConfigureAwait(false) is { } valid)
            {
                seated.Add(valid);
            }
        }

        // The chair first, so the promoted person's card already shows their table.
        if (left.State == ParticipationState.Confirmed && round.State == RoundState.Closed)
        {
            await tables.ReplaceAsync(round.Id, session.Id, personId, seated.FirstOrDefault().Person?.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (person, registration) in seated)
        {
            await invites.EnsureAsync(round, session, person, registration, cancellationToken).ConfigureAwait(false);
            await notifier.PromotedAsync(round, person, registration.Ticket, cancellationToken).ConfigureAwait(false);
            LogPromoted(logger, round.Id, session.Id, person.Id);
        }
    }

    private async Task<SeatOutcome> JoinAsync(
        RoundDocument round, HopeDaySessionDefinition session, string personId, Registration registration, CancellationToken cancellationToken)
    {
        var seatsKey = HopeDayKeys.Seats(round.Id, session.Id);
        var seats = session.SeatsOf(registration.Group);
        var now = time.GetUtcNow();
        SeatOutcome? outcome = null;
        using (await locks.EnterAsync(seatsKey, cancellationToken).ConfigureAwait(false))
        {
            await store.UpdateAsync<SessionSeats>(seatsKey, current =>
            {
                var (next, result) = (current ?? new SessionSeats()).Join(personId, registration.Ticket, registration.Group, seats, now);
                outcome = result;
                return next;
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return outcome!;
    }

    /// <summary>The promoted person and their registration; null when the entry was stale (and is cleared again).</summary>
    private async Task<(StaffMember Person, Registration Registration)?> CheckPromotedAsync(
        RoundDocument round, HopeDaySessionDefinition session, SeatEntry entry, CancellationToken cancellationToken)
    {
        var registration = (await store.GetAsync<Registration>(HopeDayKeys.Registration(round.Id, entry.PersonId), cancellationToken).ConfigureAwait(false))?.Value;
        var person = await directory.FindAsync(entry.PersonId, cancellationToken).ConfigureAwait(false);
        if (registration is null || !registration.Holds(session.Id, entry.Ticket) || person is null)
        {
            // Left over from a click that was overtaken: free the seat again for the next in line.
            await LeaveAsync(round, new PreviousClaim(session.Id, entry.Ticket), entry.PersonId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return (person, registration);
    }

    private static Registration? Claim(
        Registration? current, string personId, string sessionId, string ticket, SeniorityGroup group, bool allowSwitch, DateTimeOffset now)
    {
        if (current is { Active: true } && (current.SessionId == sessionId || !allowSwitch))
        {
            return null; // a repeat keeps its ticket; another session is refused by the caller
        }

        return new Registration
        {
            PersonId = personId,
            SessionId = sessionId,
            Ticket = ticket,
            Group = group,
            Previous = current is null ? null : new PreviousClaim(current.SessionId, current.Ticket),
            UpdatedAt = now,
            FeedbackGiven = current?.FeedbackGiven ?? false,
        };
    }

    private static void EnsureOpen(RoundDocument round, DateTimeOffset now)
    {
        if (round.State == RoundState.Open && now < round.Definition.SignUpOpensAt)
        {
            throw new CardActionException(HopeDayErrors.SignUpNotOpen);
        }

        if (!round.IsSignUpOpen(now))
        {
            throw new CardActionException(HopeDayErrors.SignUpClosed);
        }
    }

    private async Task<bool> IsInvitedAsync(RoundDocument round, StaffMember person, CancellationToken cancellationToken)
    {
        var audience = round.Definition.Audience;
        if (audience.Everyone || audience.UserIds.Contains(person.Id) ||
            (person.Department is { } department && audience.Departments.Contains(department)) || round.IsOrganizer(person.Id))
        {
            return true;
        }

        if (audience.GroupIds.Count == 0)
        {
            return false;
        }

        await foreach (var member in directory.ResolveAsync(Audience.OfGroups([.. audience.GroupIds]), cancellationToken).ConfigureAwait(false))
        {
            if (member.Id == person.Id)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day {RoundId}: {PersonId} signed up for {SessionId}: {State}")]
    private static partial void LogSignedUp(ILogger logger, string roundId, string sessionId, string personId, ParticipationState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day {RoundId}: {PersonId} cancelled {SessionId}")]
    private static partial void LogCancelled(ILogger logger, string roundId, string sessionId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day {RoundId}: {PersonId} promoted from the waitlist of {SessionId}")]
    private static partial void LogPromoted(ILogger logger, string roundId, string sessionId, string personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hope Day {RoundId}: a sign-up of {PersonId} was overtaken by their own later action and undone")]
    private static partial void LogOvertaken(ILogger logger, string roundId, string personId);
}
