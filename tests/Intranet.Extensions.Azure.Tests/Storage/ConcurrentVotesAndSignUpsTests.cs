using System.Collections.Concurrent;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Azurite;

namespace Intranet.Extensions.Azure.Tests.Storage;

/// <summary>
/// The load case on Blob Storage (Azurite): 1,000 people voting and 1,000 signing up, 64 requests in flight at
/// every moment (a busy host's worth; Azurite is one Node process, and a thousand sockets at once only slow it down),
/// through <see cref="IStateStore"/> and <c>UpdateAsync</c> exactly as plugins use them. Conflicts happen all the time.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConcurrentVotesAndSignUpsTests(AzuriteFixture azurite)
{
    private const int People = 1_000;
    private const int InFlight = 64;
    private const int ShardsPerIdea = 4;

    [Fact]
    public async Task A_thousand_voters_each_clicking_twice_64_requests_in_flight_are_all_counted_once()
    {
        var store = Stores.State(azurite);
        var ideas = Enumerable.Range(1, 10).Select(i => $"idea-{i:D2}").ToArray();
        string ChoiceOf(int voter) => ideas[(voter * 7) % ideas.Length];

        // Every voter clicks twice, the two clicks racing each other: the create-only ballot admits one, and an
        // UpdateAsync counter per (idea, shard) key counts it (the sharding the IdeaBoard plugin uses for hot ideas).
        var accepted = new ConcurrentBag<int>();
        var clicks = Enumerable.Range(0, People).SelectMany(voter => new[] { voter, voter }).OrderBy(v => (v * 7919) % 2003);
        await Parallel.ForEachAsync(clicks, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (voter, ct) =>
        {
            var ballot = new Ballot($"person-{voter:D4}", ChoiceOf(voter));
            if (await store.TryPutAsync($"votes/ballots/{ballot.Voter}", ballot, WriteCondition.NotExists, ct) is null)
            {
                return; // the other click of the same person
            }

            await store.UpdateAsync<Tally>($"votes/tallies/{ballot.Idea}/{voter % ShardsPerIdea}", t => new Tally((t?.Count ?? 0) + 1), cancellationToken: ct);
            accepted.Add(voter);
        });

        Assert.Equal(People, accepted.Count);
        Assert.Equal(People, accepted.Distinct().Count());
        foreach (var idea in ideas)
        {
            var expected = Enumerable.Range(0, People).Count(v => ChoiceOf(v) == idea);
            Assert.Equal(expected, (await store.ListAsync<Tally>($"votes/tallies/{idea}/").ToListAsync()).Sum(t => t.Value.Count));
        }

        Assert.Equal(People, await store.ListAsync("votes/ballots/").CountAsync());
    }

    [Fact]
    public async Task A_thousand_sign_ups_64_in_flight_for_forty_seats_seat_forty_and_tell_only_them()
    {
        const int seats = 40;
        var store = Stores.State(azurite);
        await store.PutAsync("sessions/s1", new Session(seats, []), WriteCondition.NotExists);

        var toldSeated = new ConcurrentBag<string>();
        var toldFull = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, People), new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (i, ct) =>
        {
            var person = $"person-{i:D4}";
            var result = await store.UpdateAsync<Session>("sessions/s1", s =>
                s!.Attendees.Contains(person) || s.Attendees.Count >= s.Capacity ? null : s with { Attendees = [.. s.Attendees, person] },
                cancellationToken: ct);

            // What the person is told comes from the version that was written (or found full): never a guess.
            (result!.Value.Attendees.Contains(person) ? toldSeated : toldFull).Add(person);
        });

        var session = (await store.GetAsync<Session>("sessions/s1"))!.Value;
        Assert.Equal(seats, session.Attendees.Count);
        Assert.Equal(seats, session.Attendees.Distinct().Count());
        Assert.Equal(session.Attendees.Order(), toldSeated.Order());
        Assert.Equal(People - seats, toldFull.Count);
        Assert.Empty(toldFull.Intersect(session.Attendees));
    }

    private sealed record Ballot(string Voter, string Idea);

    private sealed record Tally(int Count);

    private sealed record Session(int Capacity, IReadOnlyList<string> Attendees);
}
