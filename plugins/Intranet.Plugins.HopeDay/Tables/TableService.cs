using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Tables;

/// <summary>Forms a round's tables once (created with If-None-Match) and keeps them current after late cancellations.</summary>
internal sealed class TableService(IStateStore store, IDirectory directory, TimeProvider time)
{
    public async Task<RoundTables?> FindAsync(string roundId, CancellationToken cancellationToken) =>
        (await store.GetAsync<RoundTables>(HopeDayKeys.Tables(roundId), cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>Forms the tables of every session from its confirmed people; a repeat returns the tables already formed.</summary>
    public async Task<RoundTables> FormAsync(RoundDocument round, CancellationToken cancellationToken)
    {
        if (await FindAsync(round.Id, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var pastPairs = await PastPairsAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var registrations = await RegistrationsAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var formed = new RoundTables { RoundId = round.Id, FormedAt = time.GetUtcNow(), Seed = round.Definition.Seed };
        foreach (var session in round.Definition.Sessions)
        {
            var seats = (await store.GetAsync<SessionSeats>(HopeDayKeys.Seats(round.Id, session.Id), cancellationToken).ConfigureAwait(false))?.Value
                ?? new SessionSeats();
            var candidates = new List<TableCandidate>();
            foreach (var entry in seats.AllConfirmed)
            {
                // Only seats whose registration still names them: a half-finished click never gets a chair.
                if (registrations.TryGetValue(entry.PersonId, out var registration) && registration.Holds(session.Id, entry.Ticket))
                {
                    var person = await directory.FindAsync(entry.PersonId, cancellationToken).ConfigureAwait(false);
                    candidates.Add(new TableCandidate(entry.PersonId, registration.Group, person?.Department));
                }
            }

            var tables = TablePlanner.Plan(candidates, round.Definition.TableSize, Seed(round.Definition.Seed, session.Id), pastPairs);
            formed.Sessions.Add(new SessionTables(session.Id, [.. tables.Select(t => t.ToList())]));
        }

        try
        {
            await store.PutAsync(HopeDayKeys.Tables(round.Id), formed, WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
            return formed;
        }
        catch (ConcurrencyConflictException)
        {
            return (await FindAsync(round.Id, cancellationToken).ConfigureAwait(false))!; // another closer was first: theirs stands
        }
    }

    /// <summary>After tables are formed, a promoted person takes the chair of the one who cancelled.</summary>
    public Task ReplaceAsync(string roundId, string sessionId, string leavingId, string? replacementId, CancellationToken cancellationToken) =>
        store.UpdateAsync<RoundTables>(HopeDayKeys.Tables(roundId), current =>
        {
            var session = current?.Sessions.FirstOrDefault(s => s.SessionId == sessionId);
            var table = session?.Tables.FirstOrDefault(t => t.Contains(leavingId));
            if (current is null || session is null || table is null)
            {
                return null;
            }

            var tables = session.Tables.Select(t => t.Where(id => id != leavingId && id != replacementId).ToList()).ToList();
            if (replacementId is not null)
            {
                tables[session.Tables.IndexOf(table)].Add(replacementId);
            }

            var sessions = current.Sessions.Select(s => s.SessionId == sessionId ? new SessionTables(sessionId, tables) : s).ToList();
            return current with { Sessions = sessions };
        }, cancellationToken: cancellationToken);

    /// <summary>Every pair that sat together in any other round.</summary>
    public async Task<PairSet> PastPairsAsync(string exceptRoundId, CancellationToken cancellationToken)
    {
        var pairs = new PairSet();
        await foreach (var entry in store.ListAsync<RoundTables>(HopeDayKeys.TablesPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Value.RoundId == exceptRoundId)
            {
                continue;
            }

            foreach (var table in entry.Value.Sessions.SelectMany(s => s.Tables))
            {
                pairs.AddTable(table);
            }
        }

        return pairs;
    }

    private async Task<Dictionary<string, Registration>> RegistrationsAsync(string roundId, CancellationToken cancellationToken)
    {
        var registrations = new Dictionary<string, Registration>(StringComparer.Ordinal);
        await foreach (var entry in store.ListAsync<Registration>(HopeDayKeys.RegistrationsOf(roundId), cancellationToken).ConfigureAwait(false))
        {
            registrations[entry.Value.PersonId] = entry.Value;
        }

        return registrations;
    }

    // Each session gets its own shuffle from the round's seed (string hashes are randomised per process; this is not).
    private static int Seed(int seed, string sessionId)
    {
        unchecked
        {
            var hash = seed;
            foreach (var c in sessionId)
            {
                hash = hash * 31 + c;
            }

            return hash;
        }
    }
}
