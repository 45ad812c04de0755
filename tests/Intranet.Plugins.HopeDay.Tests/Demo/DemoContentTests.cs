using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery.DevInbox;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.HopeDay.Tests.Hosting;

namespace Intranet.Plugins.HopeDay.Tests.Demo;

/// <summary>
/// The demo content on a roster shaped like the sample host's (40 people, 8 departments, 0–28 years of service):
/// an open round with three sessions and a past round asking for feedback; a person signs up, cancels and gives
/// feedback by pressing the buttons of the cards in their dev inbox.
/// </summary>
public sealed class DemoContentTests : IAsyncLifetime
{
    private static readonly string[] Departments =
    [
        "행정지원과", "민원여권과", "복지정책과", "안전총괄과", "행복1동 행정복지센터", "행복2동 행정복지센터", "새봄동 행정복지센터", "한빛동 행정복지센터",
    ];

    private static readonly int[] Years = [28, 14, 7, 2, 0];

    private static readonly StaffMember[] Roster =
    [
        .. Enumerable.Range(0, 40).Select(i => new StaffMember
        {
            Id = $"u{i + 1:00}",
            DisplayName = $"직원 {i + 1:00}",
            Department = Departments[i / 5],
            HireDate = new DateOnly(2026, 3, 2).AddYears(-Years[i % 5]).AddDays(-37 * (i / 5 + 1)),
            PreferredLanguage = i % 10 == 3 ? "en-US" : "ko-KR",
            ManagerId = i % 5 == 0 ? null : $"u{i / 5 * 5 + 1:00}",
        }),
    ];

    private IntranetTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await IntranetTestHost.StartAsync(Roster, b => b.AddHopeDay());
        await _host.SeedDemoContentAsync();
        await _host.RunDueJobsAsync();
        await _host.DeliverAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_open_round_with_three_sessions_invites_everyone_from_the_directory()
    {
        var (round, state) = (await _host.HopeDay().GetRoundAsync("demo-open"))!.Value;
        var report = await _host.HopeDay().GetReportAsync("demo-open");

        Assert.Equal(RoundState.Open, state);
        Assert.Equal(3, round.Sessions.Count);
        Assert.Equal(["u01"], round.OrganizerIds);
        Assert.Equal(8, report.Sessions[0].Participants.Count);
        Assert.Contains(report.Sessions[0].Participants, p => p.State == ParticipationState.Waitlisted);
        foreach (var person in Roster)
        {
            Assert.Single(await _host.InboxAsync(person.Id), i => i.MessageId == $"hopeday-demo-open-invite-{person.Id}");
        }

        var english = (await _host.InboxAsync("u04")).Single(i => i.MessageId == "hopeday-demo-open-invite-u04").Card.Text();
        Assert.Contains("Hope Day (demo): this half-year", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await _host.HopeDay().GetReportAsync("demo-open");
        var inbox = (await _host.InboxAsync("u20")).Count;

        await _host.SeedDemoContentAsync();
        await _host.RunDueJobsAsync();
        await _host.DeliverAsync();

        var after = await _host.HopeDay().GetReportAsync("demo-open");
        Assert.Equal(before.Sessions.Select(s => s.Participants.Count), after.Sessions.Select(s => s.Participants.Count));
        Assert.Equal(inbox, (await _host.InboxAsync("u20")).Count);
    }

    [Fact]
    public async Task A_person_signs_up_and_cancels_from_their_invitation_in_the_dev_inbox()
    {
        var invitation = await InboxCardAsync("u20", "hopeday-demo-open-invite-u20");
        var signUp = invitation.Card.Executes().First(a => a.Verb == "hopeday.signup" && (string?)a.Data!["sessionId"] == "s2");

        var confirmed = await PressAsync("u20", signUp, invitation.Item);
        var cancel = confirmed.Card().Executes().Single(a => a.Verb == "hopeday.cancel");
        var cancelled = await PressAsync("u20", cancel, invitation.Item);

        Assert.Contains("참석이 확정되었습니다.", confirmed.Json(), StringComparison.Ordinal);
        Assert.Contains("신청을 취소했습니다.", cancelled.Json(), StringComparison.Ordinal);
        Assert.Equal(ParticipationState.Cancelled, (await _host.HopeDay().GetPlaceAsync("demo-open", "u20")).State);
    }

    [Fact]
    public async Task Participants_of_the_past_round_give_feedback_from_their_card_and_the_organiser_sees_it()
    {
        var past = await _host.HopeDay().GetReportAsync("demo-past");
        var asked = past.Sessions[0].Participants.Where(p => p.State == ParticipationState.Confirmed).Select(p => p.PersonId).Skip(2).First();
        var form = await InboxCardAsync(asked, $"hopeday-demo-past-s1-feedback-{asked}");
        var send = form.Card.Executes().Single(a => a.Verb == "hopeday.feedback");
        var data = send.Data!.DeepClone().AsObject();
        data["rating"] = "5";
        data["comment"] = "좋은 자리였습니다";

        var thanks = await _host.ActAsync(asked, send.Verb, data, form.Item.MessageId);

        Assert.Equal(2, past.Feedback.Count); // seeded answers
        Assert.Contains("소중한 의견 감사합니다.", thanks.Json(), StringComparison.Ordinal);
        var report = await _host.HopeDay().GetReportAsync("demo-past");
        Assert.Equal(3, report.Feedback.Count);
        Assert.Contains(report.Feedback.Comments, c => c.Comment == "좋은 자리였습니다");
        var organiser = await _host.ActAsync("u01", "hopeday.report", new() { ["roundId"] = "demo-past" });
        Assert.Contains("응답 3명", organiser.Json(), StringComparison.Ordinal);
    }

    private async Task<(DevInboxItem Item, AdaptiveCard Card)> InboxCardAsync(string userId, string messageId)
    {
        var item = Assert.Single(await _host.InboxAsync(userId), i => i.MessageId == messageId);
        return (item, CardJson.Parse(item.Card.ToJsonString()));
    }

    private Task<CardActionResult> PressAsync(string userId, ExecuteAction action, DevInboxItem item) =>
        _host.ActAsync(userId, action.Verb, action.Data?.DeepClone().AsObject(), item.MessageId);
}
