using System.Text.RegularExpressions;
using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.SignUp;
using Intranet.Plugins.HopeDay.Tests.Hosting;
using static Intranet.Plugins.HopeDay.Tests.Hosting.HopeDayFixture;

namespace Intranet.Plugins.HopeDay.Tests.SignUp;

/// <summary>
/// A thousand people click "sign up" for one session of 30 seats (15 per group) at once, through the real
/// router and the real file store: exactly the seats of each group are confirmed, everyone else waits in the
/// order they were told, nobody is listed twice, and a cancellation promotes the right person.
/// </summary>
public sealed partial class ConcurrentSignUpTests : IAsyncLifetime
{
    private const int People = 1000;
    private const int SeatsPerGroup = 15;

    private static readonly StaffMember[] Roster =
    [
        .. Enumerable.Range(0, People).Select(i => i % 2 == 0
            ? Junior($"p{i:0000}", $"dept-{i % 7}")
            : Senior($"p{i:0000}", $"dept-{i % 7}")),
    ];

    private IntranetTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync(Roster);
        await _host.HopeDay().CreateRoundAsync(Round("r1", Session("s1", SeatsPerGroup, SeatsPerGroup), Session("s2", 5, 5, day: 11)));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_thousand_concurrent_sign_ups_fill_each_groups_seats_exactly_and_queue_everyone_else_in_order()
    {
        var results = await Task.WhenAll(Roster.Select(p => Task.Run(() => _host.SignUpAsync(p.Id))));

        // Everyone got their own card back, saying confirmed or giving a waitlist number.
        var told = new Dictionary<string, int?>();
        for (var i = 0; i < People; i++)
        {
            var json = results[i].Json();
            told[Roster[i].Id] = json.Contains("Your seat is confirmed.", StringComparison.Ordinal) ? null
                : int.Parse(WaitlistNumber().Match(json).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var seats = await SeatsAsync("s1");
        foreach (var (group, isJunior) in new[] { (seats.Junior, true), (seats.Senior, false) })
        {
            Assert.Equal(SeatsPerGroup, group.Confirmed.Count);
            Assert.Equal(People / 2 - SeatsPerGroup, group.Waitlist.Count);
            Assert.All(group.Confirmed.Concat(group.Waitlist), e => Assert.Equal(isJunior, Roster.Single(p => p.Id == e.PersonId).HireDate!.Value.Year > 2020));

            // The waitlist order is the order people were told: number n is the n-th in line.
            for (var n = 0; n < group.Waitlist.Count; n++)
            {
                Assert.Equal(n + 1, told[group.Waitlist[n].PersonId]);
            }

            Assert.All(group.Confirmed, e => Assert.Null(told[e.PersonId]));
        }

        var everyone = seats.Junior.Confirmed.Concat(seats.Junior.Waitlist).Concat(seats.Senior.Confirmed).Concat(seats.Senior.Waitlist).Select(e => e.PersonId).ToList();
        Assert.Equal(People, everyone.Count);
        Assert.Equal(People, everyone.Distinct().Count());

        var report = await _host.HopeDay().GetReportAsync("r1");
        var s1 = report.Sessions.Single(s => s.Session.Id == "s1");
        Assert.Equal(new GroupFill(SeatsPerGroup, SeatsPerGroup, People / 2 - SeatsPerGroup), s1.Junior);
        Assert.Equal(new GroupFill(SeatsPerGroup, SeatsPerGroup, People / 2 - SeatsPerGroup), s1.Senior);

        // A confirmed junior cancels: the first waitlisted junior (not a senior, not the second in line) gets the seat and is told.
        var leaving = seats.Junior.Confirmed[3].PersonId;
        var first = seats.Junior.Waitlist[0].PersonId;
        var second = seats.Junior.Waitlist[1].PersonId;
        await _host.CancelAsync(leaving);
        await _host.DeliverAsync();

        Assert.Equal(ParticipationState.Confirmed, (await _host.HopeDay().GetPlaceAsync("r1", first)).State);
        Assert.Equal(new HopeDayPlace("r1", second, SeniorityGroup.Junior, ParticipationState.Waitlisted, "s1", 1), await _host.HopeDay().GetPlaceAsync("r1", second));
        Assert.Equal(ParticipationState.Cancelled, (await _host.HopeDay().GetPlaceAsync("r1", leaving)).State);
        var after = await SeatsAsync("s1");
        Assert.Equal(SeatsPerGroup, after.Junior.Confirmed.Count);
        Assert.Equal(SeatsPerGroup, after.Senior.Confirmed.Count);
        Assert.Equal(seats.Senior.Waitlist.Select(e => e.PersonId), after.Senior.Waitlist.Select(e => e.PersonId));
        var promoted = Assert.Single(await _host.InboxAsync(first));
        Assert.Contains("a seat opened up", promoted.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _host.InboxAsync(second));
    }

    [Fact]
    public async Task Concurrent_clicks_of_one_person_on_different_sessions_leave_them_in_exactly_one()
    {
        var clicks = Enumerable.Range(0, 40).Select(i => Task.Run(() => i % 3 == 0
            ? _host.ActAsync("p0001", "hopeday.switch", new() { ["roundId"] = "r1", ["sessionId"] = i % 2 == 0 ? "s1" : "s2" })
            : _host.SignUpAsync("p0001", i % 2 == 0 ? "s1" : "s2")));
        var results = await Task.WhenAll(clicks);

        Assert.All(results, r => Assert.True(r is CardResult || r is ErrorResult { Code: HopeDayErrors.AlreadySignedUp }, r.ToString()));
        var s1 = await SeatsAsync("s1");
        var s2 = await SeatsAsync("s2");
        var entries = new[] { s1, s2 }.SelectMany(s => s.Senior.Confirmed.Concat(s.Senior.Waitlist)).Where(e => e.PersonId == "p0001").ToList();
        var place = await _host.HopeDay().GetPlaceAsync("r1", "p0001");
        var entry = Assert.Single(entries);
        Assert.Equal(ParticipationState.Confirmed, place.State);
        Assert.Equal(place.SessionId, s1.Senior.Confirmed.Contains(entry) ? "s1" : "s2");
    }

    [Fact]
    public async Task Two_hosts_sharing_one_store_still_never_overbook()
    {
        // A second host on the same data folder: its own process-local queue, so only the ETags keep order.
        await using var second = await IntranetTestHost.StartAsync([], b => b.AddHopeDay(), o => o.DataPath = _host.DataPath);
        var hosts = new[] { _host, second };
        var people = Roster.Take(200).ToList();

        await Task.WhenAll(people.Select((p, i) => Task.Run(() => hosts[i % 2].SignUpAsync(p.Id, "s2"))));

        var seats = await SeatsAsync("s2");
        Assert.Equal(5, seats.Junior.Confirmed.Count);
        Assert.Equal(5, seats.Senior.Confirmed.Count);
        Assert.Equal(95, seats.Junior.Waitlist.Count);
        Assert.Equal(95, seats.Senior.Waitlist.Count);
        Assert.Equal(200, seats.Junior.Confirmed.Concat(seats.Junior.Waitlist).Concat(seats.Senior.Confirmed).Concat(seats.Senior.Waitlist)
            .Select(e => e.PersonId).Distinct().Count());
    }

    private async Task<SessionSeats> SeatsAsync(string sessionId) =>
        (await _host.Get<IStateStore>().GetAsync<SessionSeats>($"hopeday/seats/r1/{sessionId}"))!.Value;

    [GeneratedRegex("You are number (\\d+) on the waitlist")]
    private static partial Regex WaitlistNumber();
}
