using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.Tables;
using Intranet.Plugins.HopeDay.Tests.Hosting;
using static Intranet.Plugins.HopeDay.Tests.Hosting.HopeDayFixture;

namespace Intranet.Plugins.HopeDay.Tests.Tables;

/// <summary>Closing sign-up forms tables from confirmed seats, tells everyone, and later rounds avoid earlier pairs.</summary>
public sealed class TableFormationTests : IAsyncLifetime
{
    private static readonly string[] Departments = ["행정지원과", "민원여권과", "복지정책과", "안전총괄과", "행복1동 행정복지센터", "새봄동 행정복지센터"];

    // 36 people: 12 juniors and 24 seniors over six departments; one session seats all of them.
    private static readonly StaffMember[] Roster =
    [
        .. Enumerable.Range(0, 36).Select(i => i < 12 ? Junior($"p{i:00}", Departments[i % 6]) : Senior($"p{i:00}", Departments[i % 6])),
        Junior("late"),
    ];

    private IntranetTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync(Roster);
        await _host.HopeDay().CreateRoundAsync(Round("r1", Session("s1", 12, 24)));
        foreach (var person in Roster.Where(p => p.Id != "late"))
        {
            await _host.SignUpAsync(person.Id);
        }

        await _host.SignUpAsync("late"); // waitlisted: the juniors' 12 seats are taken
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Closing_forms_balanced_tables_of_six_and_sends_each_person_their_table()
    {
        var tables = (await _host.HopeDay().CloseSignUpAsync("r1"))["s1"];
        await _host.DeliverAsync();

        Assert.Equal(6, tables.Count);
        Assert.All(tables, t => Assert.Equal(6, t.Count));
        Assert.All(tables, t => Assert.Equal(2, t.Count(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) < 12)));
        Assert.All(tables, t => Assert.Equal(6, t.Select(id => Roster.Single(p => p.Id == id).Department).Distinct().Count()));
        Assert.DoesNotContain("late", tables.SelectMany(t => t));

        var seated = tables[2][0];
        var card = Assert.Single(await _host.InboxAsync(seated)).Card.Text();
        Assert.Contains("Tables are ready", card, StringComparison.Ordinal);
        Assert.Contains("Table 3", card, StringComparison.Ordinal);
        Assert.All(tables[2], id => Assert.Contains(Roster.Single(p => p.Id == id).DisplayName, card, StringComparison.Ordinal));
        Assert.Contains("You keep your place on the waitlist", Assert.Single(await _host.InboxAsync("late")).Card.Text(), StringComparison.Ordinal);
        Assert.Equal(RoundState.Closed, (await _host.HopeDay().GetRoundAsync("r1"))!.Value.State);
    }

    [Fact]
    public async Task Closing_twice_forms_the_tables_once_and_messages_nobody_twice()
    {
        var first = await _host.HopeDay().CloseSignUpAsync("r1");
        var second = await _host.HopeDay().CloseSignUpAsync("r1");
        _host.Time.Advance(TimeSpan.FromDays(7)); // the scheduled close runs too
        await _host.RunDueJobsAsync();
        await _host.DeliverAsync();

        Assert.Equal(first["s1"], second["s1"]);
        Assert.Single(await _host.InboxAsync("p05"), i => i.Card.Text().Contains("Tables are ready", StringComparison.Ordinal));
        Assert.Single(await _host.InboxAsync("late"));
    }

    [Fact]
    public async Task A_cancellation_after_tables_are_formed_gives_the_chair_to_the_promoted_person()
    {
        var tables = (await _host.HopeDay().CloseSignUpAsync("r1"))["s1"];
        var leaving = tables[4].First(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) < 12);

        await _host.CancelAsync(leaving);
        await _host.DeliverAsync();

        var stored = (await _host.Get<IStateStore>().GetAsync<RoundTables>("hopeday/tables/r1"))!.Value.Sessions.Single().Tables;
        Assert.DoesNotContain(leaving, stored.SelectMany(t => t));
        Assert.Contains("late", stored[4]);
        var promoted = Assert.Single(await _host.InboxAsync("late"), i => i.Card.Text().Contains("a seat opened up", StringComparison.Ordinal));
        Assert.Contains("Table 5", promoted.Card.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_round_seats_nobody_with_someone_they_already_sat_with()
    {
        var earlier = (await _host.HopeDay().CloseSignUpAsync("r1"))["s1"];
        var pairs = new PairSet();
        foreach (var table in earlier)
        {
            pairs.AddTable(table);
        }

        await _host.HopeDay().CreateRoundAsync(Round("r2", Session("s1", 12, 24, day: 11)));
        foreach (var person in Roster.Where(p => p.Id != "late"))
        {
            await _host.SignUpAsync(person.Id, roundId: "r2");
        }

        var next = (await _host.HopeDay().CloseSignUpAsync("r2"))["s1"];

        Assert.Equal(36, next.Sum(t => t.Count));
        Assert.All(next, t => Assert.DoesNotContain(t, a => t.Any(b => a != b && pairs.Contains(a, b))));
    }

    [Fact]
    public async Task Only_organisers_may_close_sign_up_from_their_card()
    {
        var refused = Assert.IsType<ErrorResult>(await _host.ActAsync("p01", "hopeday.close", new JsonObject { ["roundId"] = "r1" }));
        var closed = await _host.ActAsync("org", "hopeday.close", new JsonObject { ["roundId"] = "r1" });

        Assert.Equal(HopeDayErrors.NotOrganizer, refused.Code);
        Assert.Contains("Sign-up closed, tables formed", closed.Json(), StringComparison.Ordinal);
    }
}
