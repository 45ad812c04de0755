using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.Tests.Hosting;
using static Intranet.Plugins.HopeDay.Tests.Hosting.HopeDayFixture;

namespace Intranet.Plugins.HopeDay.Tests.SignUp;

/// <summary>Sign-up, waitlist, switch and cancel through the cards, with calendar invitations on the embedded default.</summary>
public sealed class SignUpFlowTests : IAsyncLifetime
{
    private IntranetTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync(
        [
            Junior("j1"), Junior("j2"), Junior("j3", language: "ko-KR"), Senior("s1"), Senior("s2"),
        ]);
        await _host.HopeDay().CreateRoundAsync(Round("r1", Session("s1", 1, 1), Session("s2", 2, 2, day: 12)));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Everyone_invited_gets_their_own_invitation_with_seats_left_per_group()
    {
        await _host.RunDueJobsAsync(); // sign-up opened an hour ago: the opening job sends the invitations
        await _host.DeliverAsync();

        var invitation = Assert.Single(await _host.InboxAsync("j1")).Card;
        Assert.Equal(["j1"], invitation["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n));
        var text = invitation.ToJsonString();
        Assert.Contains("Junior staff: 1 left", text, StringComparison.Ordinal);
        Assert.Contains("Senior staff: 2 left", text, StringComparison.Ordinal);
        Assert.Equal(2, CardJson.Parse(text).Executes().Count(a => a.Verb == "hopeday.signup"));
        Assert.Contains("새내기 직원 1석 남음", (await _host.InboxAsync("j3")).Single().Card.Text(), StringComparison.Ordinal);
        Assert.Single(await _host.InboxAsync("org"), i => i.Card.ToJsonString().Contains("hopeday.report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_up_confirms_a_seat_with_a_calendar_invitation_then_the_group_waitlists()
    {
        var first = await _host.SignUpAsync("j1");
        var second = await _host.SignUpAsync("j2");
        var senior = await _host.SignUpAsync("s1");

        Assert.Contains("Your seat is confirmed.", first.Json(), StringComparison.Ordinal);
        Assert.Contains("You are number 1 on the waitlist for Junior staff.", second.Json(), StringComparison.Ordinal);
        Assert.Contains("Your seat is confirmed.", senior.Json(), StringComparison.Ordinal);
        var link = Assert.Single(first.Card().Actions.OfType<OpenUrlAction>()).Url;
        Assert.Empty(second.Card().Actions.OfType<OpenUrlAction>());
        var ics = await ReadDocumentAsync(new Uri(link).AbsolutePath["/documents/".Length..]);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20260312T050000Z", ics, StringComparison.Ordinal);
        Assert.Contains("ATTENDEE;CN=Junior j1", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_withdraws_the_invitation_and_promotes_the_first_waitlisted_person_of_the_same_group()
    {
        var confirmed = await _host.SignUpAsync("j1");
        await _host.SignUpAsync("j2");
        await _host.SignUpAsync("j3");
        var icsPath = new Uri(confirmed.Card().Actions.OfType<OpenUrlAction>().Single().Url).AbsolutePath["/documents/".Length..];

        var cancelled = await _host.CancelAsync("j1");
        await _host.DeliverAsync();

        Assert.Contains("You cancelled your place.", cancelled.Json(), StringComparison.Ordinal);
        Assert.Contains(cancelled.Card().Executes(), a => a.Verb == "hopeday.signup");
        var withdrawn = await ReadDocumentAsync(icsPath);
        Assert.Contains("METHOD:CANCEL", withdrawn, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", withdrawn, StringComparison.Ordinal);
        Assert.Equal(ParticipationState.Confirmed, (await _host.HopeDay().GetPlaceAsync("r1", "j2")).State);
        Assert.Equal(1, (await _host.HopeDay().GetPlaceAsync("r1", "j3")).WaitlistPosition);
        var promoted = Assert.Single(await _host.InboxAsync("j2")).Card;
        Assert.Contains("a seat opened up", promoted.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Add to calendar", promoted.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _host.InboxAsync("j3"));
    }

    [Fact]
    public async Task One_session_per_round_a_second_sign_up_is_refused_and_a_switch_moves_the_seat()
    {
        await _host.SignUpAsync("s1", "s1");
        await _host.SignUpAsync("s2", "s1"); // waitlisted behind s1

        var refused = Assert.IsType<ErrorResult>(await _host.SignUpAsync("s1", "s2"));
        var switched = await _host.ActAsync("s1", "hopeday.switch", new JsonObject { ["roundId"] = "r1", ["sessionId"] = "s2" });
        await _host.DeliverAsync();

        Assert.Equal(HopeDayErrors.AlreadySignedUp, refused.Code);
        Assert.Equal("You already have another session in this round. Use 'Switch session' to change it.", refused.Message);
        Assert.Contains("Your seat is confirmed.", switched.Json(), StringComparison.Ordinal);
        Assert.Equal("s2", (await _host.HopeDay().GetPlaceAsync("r1", "s1")).SessionId);
        Assert.Equal(new HopeDayPlace("r1", "s2", SeniorityGroup.Senior, ParticipationState.Confirmed, "s1"), await _host.HopeDay().GetPlaceAsync("r1", "s2"));
        Assert.Contains("a seat opened up", Assert.Single(await _host.InboxAsync("s2")).Card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_sign_up_twice_keeps_one_seat()
    {
        await _host.SignUpAsync("j1");
        var again = await _host.SignUpAsync("j1");

        Assert.Contains("Your seat is confirmed.", again.Json(), StringComparison.Ordinal);
        var report = await _host.HopeDay().GetReportAsync("r1");
        Assert.Equal(1, report.Sessions[0].Junior.Confirmed);
        Assert.Single(report.Sessions[0].Participants);
    }

    [Fact]
    public async Task The_refresh_shows_each_person_their_own_state()
    {
        await _host.SignUpAsync("j1");
        await _host.SignUpAsync("j2");

        var mine = await _host.ActAsync("j2", "hopeday.view", new JsonObject { ["roundId"] = "r1" });
        var theirs = await _host.ActAsync("j1", "hopeday.view", new JsonObject { ["roundId"] = "r1" });
        var someoneElse = await _host.ActAsync("s1", "hopeday.view", new JsonObject { ["roundId"] = "r1" });

        Assert.Contains("You are number 1 on the waitlist", mine.Json(), StringComparison.Ordinal);
        Assert.Contains("Your seat is confirmed.", theirs.Json(), StringComparison.Ordinal);
        Assert.Contains("Junior staff: full (1 waiting)", someoneElse.Json(), StringComparison.Ordinal);
        Assert.Equal(["j2"], mine.Card().Refresh!.UserIds);
    }

    [Theory]
    [InlineData("nope", "s1", HopeDayErrors.UnknownRound)]
    [InlineData("r1", "nope", HopeDayErrors.UnknownSession)]
    public async Task Unknown_rounds_and_sessions_are_refused_in_the_actors_language(string roundId, string sessionId, string code)
    {
        var error = Assert.IsType<ErrorResult>(await _host.SignUpAsync("j3", sessionId, roundId));

        Assert.Equal(code, error.Code);
        Assert.Equal(code == HopeDayErrors.UnknownRound ? "희망데이 회차를 찾을 수 없습니다." : "선택한 회차를 찾을 수 없습니다.", error.Message);
    }

    [Fact]
    public async Task Sign_up_is_refused_before_it_opens_and_after_it_closes_and_cancel_after_the_session_starts()
    {
        await _host.HopeDay().CreateRoundAsync(Round("later") with { SignUpOpensAt = Start.AddDays(1) });
        var early = Assert.IsType<ErrorResult>(await _host.SignUpAsync("j1", roundId: "later"));
        await _host.SignUpAsync("j1");

        _host.Time.Advance(TimeSpan.FromDays(8)); // past the close of r1
        var late = Assert.IsType<ErrorResult>(await _host.SignUpAsync("j2"));
        _host.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(6)); // the session has started
        var tooLate = Assert.IsType<ErrorResult>(await _host.CancelAsync("j1"));

        Assert.Equal(HopeDayErrors.SignUpNotOpen, early.Code);
        Assert.Equal(HopeDayErrors.SignUpClosed, late.Code);
        Assert.Equal(HopeDayErrors.SessionStarted, tooLate.Code);
        Assert.Equal(ParticipationState.Confirmed, (await _host.HopeDay().GetPlaceAsync("r1", "j1")).State);
    }

    [Fact]
    public async Task Only_the_invited_audience_may_sign_up()
    {
        await _host.HopeDay().CreateRoundAsync(Round("centre") with { Audience = Intranet.Extensions.People.Audience.OfDepartments("민원여권과") });

        var outsider = Assert.IsType<ErrorResult>(await _host.SignUpAsync("s1", roundId: "centre"));
        var insider = await _host.SignUpAsync("j1", roundId: "centre");

        Assert.Equal(HopeDayErrors.NotInvited, outsider.Code);
        Assert.IsType<CardResult>(insider);
    }

    [Fact]
    public async Task Cancelling_without_a_place_is_refused()
    {
        var error = Assert.IsType<ErrorResult>(await _host.CancelAsync("j1"));

        Assert.Equal(HopeDayErrors.NotSignedUp, error.Code);
    }

    private async Task<string> ReadDocumentAsync(string path)
    {
        await using var document = await _host.Get<IDocumentStore>().OpenReadAsync(path) ?? throw new InvalidOperationException(path + " is missing");
        using var reader = new StreamReader(document.Content);
        return await reader.ReadToEndAsync();
    }
}
