using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.Tests.Hosting;
using static Intranet.Plugins.HopeDay.Tests.Hosting.HopeDayFixture;

namespace Intranet.Plugins.HopeDay.Tests.Reminders;

/// <summary>
/// The durable jobs of a round on the fake clock: reminders the day before (10:00 KST) and on the morning
/// (08:30 KST) of the session, once each; then the feedback form, whose answers are stored without names.
/// </summary>
public sealed class ReminderAndFeedbackTests : IAsyncLifetime
{
    // The session: Thursday 12 March 2026, 14:00–16:00 KST.
    private static readonly DateTimeOffset Eve = new(2026, 3, 11, 10, 0, 0, Kst);
    private static readonly DateTimeOffset Morning = new(2026, 3, 12, 8, 30, 0, Kst);
    private static readonly DateTimeOffset AfterSession = new(2026, 3, 12, 16, 30, 0, Kst);

    private IntranetTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync([Junior("j1"), Junior("j2"), Senior("s1", language: "ko-KR"), Senior("s2")]);
        await _host.HopeDay().CreateRoundAsync(Round("r1", Session("s1", 1, 2)));
        await _host.SignUpAsync("j1");
        await _host.SignUpAsync("j2"); // waitlisted
        await _host.SignUpAsync("s1");
        await _host.SignUpAsync("s2");
        await RunUntilAsync(Start.AddMinutes(1)); // invitations
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Confirmed_people_are_reminded_the_day_before_and_on_the_morning_once_each()
    {
        await RunUntilAsync(Eve.AddMinutes(-1));
        Assert.DoesNotContain(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("is tomorrow", StringComparison.Ordinal));

        await RunUntilAsync(Eve);
        await RunUntilAsync(Eve.AddHours(1));
        Assert.Single(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("Your Hope Day session is tomorrow.", StringComparison.Ordinal));
        Assert.Single(await _host.InboxAsync("s1"), i => i.Card.Text().Contains("내일 희망데이가 열립니다.", StringComparison.Ordinal));
        Assert.DoesNotContain(await _host.InboxAsync("j2"), i => i.Card.Text().Contains("is tomorrow", StringComparison.Ordinal));

        await RunUntilAsync(Morning.AddMinutes(-1));
        Assert.DoesNotContain(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("is today", StringComparison.Ordinal));
        await RunUntilAsync(Morning);
        var today = Assert.Single(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("Your Hope Day session is today.", StringComparison.Ordinal));
        Assert.Contains("Table 1", today.Card.Text(), StringComparison.Ordinal); // sign-up closed on 9 March: tables are on the reminder
        Assert.Contains("Add to calendar", today.Card.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_promoted_before_the_reminder_is_reminded_and_the_one_who_cancelled_is_not()
    {
        await _host.CancelAsync("j1");

        await RunUntilAsync(Eve);

        Assert.Single(await _host.InboxAsync("j2"), i => i.Card.Text().Contains("is tomorrow", StringComparison.Ordinal));
        Assert.DoesNotContain(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("is tomorrow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_session_participants_give_anonymous_feedback_once()
    {
        await RunUntilAsync(AfterSession.AddMinutes(-1));
        Assert.DoesNotContain(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("How was your Hope Day?", StringComparison.Ordinal));
        await RunUntilAsync(AfterSession);

        var form = Assert.Single(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("How was your Hope Day?", StringComparison.Ordinal));
        Assert.DoesNotContain(await _host.InboxAsync("j2"), i => i.Card.Text().Contains("How was your Hope Day?", StringComparison.Ordinal));
        var send = CardJson.Parse(form.Card.ToJsonString()).Executes().Single(a => a.Verb == "hopeday.feedback");
        var data = send.Data!.DeepClone().AsObject();
        data["rating"] = "4";
        data["comment"] = "=선배님 이야기가 정말 좋았어요, \"다음에도\" 오고 싶어요";

        var thanks = await _host.ActAsync("j1", "hopeday.feedback", data);
        var again = await _host.ActAsync("j1", "hopeday.feedback", data);

        Assert.Contains("Thank you for your feedback.", thanks.Json(), StringComparison.Ordinal);
        Assert.Contains("Thank you for your feedback.", again.Json(), StringComparison.Ordinal);
        var stored = new List<string>();
        await foreach (var entry in _host.Get<IStateStore>().ListAsync("hopeday/feedback/r1/"))
        {
            stored.Add(Encoding.UTF8.GetString(entry.Json.Span));
        }

        var answer = Assert.Single(stored);
        Assert.DoesNotContain("j1", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Junior", answer, StringComparison.Ordinal);
        var report = await _host.HopeDay().GetReportAsync("r1");
        Assert.Equal(1, report.Feedback.Count);
        Assert.Equal(4.0, report.Feedback.Average);
        Assert.Equal([0, 0, 0, 1, 0], report.Feedback.Distribution);
        Assert.Equal((string)data["comment"]!, Assert.Single(report.Feedback.Comments).Comment);
        var csv = Encoding.UTF8.GetString(await _host.HopeDay().ExportCsvAsync("r1", "feedback", "en-US"));
        Assert.Equal("\uFEFFSession,Rating,Comment\r\ns1,4,\"'=선배님 이야기가 정말 좋았어요, \"\"다음에도\"\" 오고 싶어요\"\r\n", csv);
    }

    [Theory]
    [InlineData("j2", "5", HopeDayErrors.NotParticipant)]
    [InlineData("j1", "0", HopeDayErrors.InvalidRating)]
    [InlineData("j1", "", HopeDayErrors.InvalidRating)]
    public async Task Feedback_is_refused_from_non_participants_and_out_of_range_ratings(string person, string rating, string code)
    {
        await RunUntilAsync(AfterSession);

        var error = Assert.IsType<ErrorResult>(await _host.ActAsync(person, "hopeday.feedback", new JsonObject { ["roundId"] = "r1", ["rating"] = rating }));

        Assert.Equal(code, error.Code);
        Assert.Equal(0, (await _host.HopeDay().GetReportAsync("r1")).Feedback.Count);
    }

    [Fact]
    public async Task Feedback_is_not_taken_before_the_session_ends_nor_beyond_its_length()
    {
        var early = Assert.IsType<ErrorResult>(await _host.ActAsync("j1", "hopeday.feedback", new JsonObject { ["roundId"] = "r1", ["rating"] = "5" }));
        await RunUntilAsync(AfterSession);
        var tooLong = Assert.IsType<ErrorResult>(await _host.ActAsync(
            "j1", "hopeday.feedback", new JsonObject { ["roundId"] = "r1", ["rating"] = "5", ["comment"] = new string('가', 1001) }));

        Assert.Equal(HopeDayErrors.FeedbackNotOpen, early.Code);
        Assert.Equal(HopeDayErrors.CommentTooLong, tooLong.Code);
    }

    [Fact]
    public async Task Once_attendance_is_recorded_only_those_present_are_asked_for_feedback()
    {
        await RunUntilAsync(new DateTimeOffset(2026, 3, 12, 15, 0, 0, Kst));
        var form = await _host.ActAsync("org", "hopeday.attendance-form", new JsonObject { ["roundId"] = "r1", ["sessionId"] = "s1" });
        var toggles = form.Card().Body.OfType<ToggleInput>().Select(t => t.Id).ToList();
        var saved = await _host.ActAsync("org", "hopeday.attendance", new JsonObject
        {
            ["roundId"] = "r1", ["sessionId"] = "s1", ["att.j1"] = "true", ["att.s1"] = "false", ["att.s2"] = "true",
        });

        await RunUntilAsync(AfterSession);

        Assert.Equal(["att.j1", "att.s1", "att.s2"], toggles.Order());
        Assert.Contains("2 of 3 attended", saved.Json(), StringComparison.Ordinal);
        Assert.Single(await _host.InboxAsync("j1"), i => i.Card.Text().Contains("How was your Hope Day?", StringComparison.Ordinal));
        Assert.DoesNotContain(await _host.InboxAsync("s1"), i => i.Card.Text().Contains("희망데이는 어떠셨나요?", StringComparison.Ordinal));
        var report = await _host.HopeDay().GetReportAsync("r1");
        Assert.Equal(2, report.Sessions[0].Attended);
        Assert.Equal(false, report.Sessions[0].Participants.Single(p => p.PersonId == "s1").Attended);
    }

    private async Task RunUntilAsync(DateTimeOffset instant)
    {
        if (instant > _host.Time.GetUtcNow())
        {
            _host.Time.SetUtcNow(instant);
        }

        await _host.RunDueJobsAsync();
        await _host.DeliverAsync();
    }
}
