using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Testing.Hosting;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Daily reminders and the owner's summary, driven by the fake clock through the durable scheduler.</summary>
public sealed class ReminderTests
{
    // Published Monday 2 March 2026, 09:00 in Seoul; due in 3 days (Thursday 5 March).
    private static DateTimeOffset Seoul(int day, int hour) => new(2026, 3, day, hour, 0, 0, TimeSpan.FromHours(9));

    private static async Task<int> RemindersOf(ManualsHost host, string userId) =>
        (await host.InboxAsync(userId)).Count(i => i.MessageId.Contains("-remind-", StringComparison.Ordinal));

    private static async Task AdvanceToAsync(ManualsHost host, DateTimeOffset instant)
    {
        host.Host.Time.SetUtcNow(instant);
        await host.Host.RunDueJobsAsync();
        await host.Host.DeliverAsync();
    }

    [Fact]
    public async Task People_who_have_not_confirmed_get_one_reminder_a_day_until_the_due_date()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.Host.DeliverAsync();

        Assert.Equal(0, await host.Host.RunDueJobsAsync()); // nothing before the first reminder time
        await AdvanceToAsync(host, Seoul(3, 9));
        Assert.Equal(1, await RemindersOf(host, "c1p001"));
        Assert.Equal(1, await RemindersOf(host, "c1p002"));

        await host.ActAsync("c1p001", "acknowledge", "small", 1);
        await AdvanceToAsync(host, Seoul(4, 9));
        Assert.Equal(1, await RemindersOf(host, "c1p001")); // stopped once confirmed
        Assert.Equal(2, await RemindersOf(host, "c1p002"));

        await AdvanceToAsync(host, Seoul(5, 9)); // the due date still gets its morning reminder
        await AdvanceToAsync(host, Seoul(6, 9));
        await AdvanceToAsync(host, Seoul(9, 9));
        Assert.Equal(3, await RemindersOf(host, "c1p002"));
        Assert.Equal(0, await RemindersOf(host, TestRoster.Owner));
        var reminder = (await host.InboxAsync("c1p002")).First(i => i.MessageId.Contains("-remind-", StringComparison.Ordinal));
        Assert.Contains("확인 요청", ManualsHost.Text(reminder), StringComparison.Ordinal);
        Assert.Contains("2026년 3월 5일(목)까지", ManualsHost.Text(reminder), StringComparison.Ordinal);
        Assert.StartsWith("manuals-small-v1-remind-202603", reminder.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_reminder_again_on_the_same_day_messages_nobody_twice()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await AdvanceToAsync(host, Seoul(3, 9));
        var scheduler = host.Host.Get<IScheduler>();

        // A second run the same day, as after a crash between sending and rescheduling.
        await scheduler.ScheduleAsync(new ScheduledJob("manuals-small-v1-remind", ManualsPlugin.RemindJob, Seoul(3, 10),
            new System.Text.Json.Nodes.JsonObject { ["manualId"] = "small", ["version"] = 1 }));
        await AdvanceToAsync(host, Seoul(3, 11));

        Assert.Equal(1, await RemindersOf(host, "c1p002"));
        Assert.Equal(1, await RemindersOf(host, "c2p003"));
    }

    [Fact]
    public async Task Reminders_stop_when_everyone_has_confirmed()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        foreach (var id in TestRoster.CentreIds(TestRoster.People()))
        {
            await host.ActAsync(id, "acknowledge", "small", 1);
        }

        await AdvanceToAsync(host, Seoul(3, 9));
        await AdvanceToAsync(host, Seoul(4, 9));

        Assert.Equal(0, await RemindersOf(host, "c1p002"));
    }

    [Fact]
    public async Task A_newer_version_takes_over_reminders_so_nobody_gets_two_a_day()
    {
        await using var host = await ManualsHost.StartAsync();
        var manual = await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.Library.SaveDraftAsync(manual with { Summary = "일부 개정" });
        await host.PublishAsync(isMajor: false);

        await AdvanceToAsync(host, Seoul(3, 9));

        var reminders = (await host.InboxAsync("c1p002")).Where(i => i.MessageId.Contains("-remind-", StringComparison.Ordinal)).ToList();
        Assert.Equal("manuals-small-v2-remind-20260303", Assert.Single(reminders).MessageId);
    }

    [Fact]
    public async Task The_owner_gets_a_summary_with_unit_rates_and_a_csv_at_the_due_date()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.ActAsync("c1p001", "acknowledge", "small", 1);
        await host.ActAsync("c1p002", "acknowledge", "small", 1);
        await host.ActAsync("c2p001", "acknowledge", "small", 1);

        await AdvanceToAsync(host, Seoul(5, 17));
        Assert.Empty(await host.InboxAsync(TestRoster.Owner));
        await AdvanceToAsync(host, Seoul(5, 18));
        await AdvanceToAsync(host, Seoul(6, 18));

        var summary = Assert.Single(await host.InboxAsync(TestRoster.Owner));
        Assert.Equal("manuals-small-v1-summary", summary.MessageId);
        var text = ManualsHost.Text(summary);
        Assert.Contains("확인 기한 도래", text, StringComparison.Ordinal);
        Assert.Contains("3/6명 (50%)", text, StringComparison.Ordinal);
        Assert.Contains("2/3명 (67%)", text, StringComparison.Ordinal); // 행복1동
        Assert.Contains("1/3명 (33%)", text, StringComparison.Ordinal); // 행복2동
        Assert.Contains("주민003", text, StringComparison.Ordinal); // c1p003 is missing
        var csvLink = summary.Card["actions"]!.AsArray().Single(a => (string)a!["type"]! == "Action.OpenUrl")!["url"]!.ToString();
        Assert.Contains("/documents/manuals/small/v1/reports/acknowledgements-", csvLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_card_refreshes_as_a_reminder_until_the_person_confirms()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await AdvanceToAsync(host, Seoul(3, 9));
        var reminder = (await host.InboxAsync("c1p002")).Single(i => i.MessageId.Contains("-remind-", StringComparison.Ordinal)).Card;
        var refresh = reminder["refresh"]!["action"]!;

        var before = ManualsHost.CardOf(await host.Host.ActAsync("c1p002", (string)refresh["verb"]!, refresh["data"]!.DeepClone().AsObject()));
        await host.ActAsync("c1p002", "acknowledge", "small", 1);
        var after = ManualsHost.CardOf(await host.Host.ActAsync("c1p002", (string)refresh["verb"]!, refresh["data"]!.DeepClone().AsObject()));

        Assert.True((bool)refresh["data"]!["reminder"]!);
        Assert.Contains("확인 요청", ManualsHost.Text(before), StringComparison.Ordinal);
        Assert.DoesNotContain("확인 요청", ManualsHost.Text(after), StringComparison.Ordinal);
        Assert.Contains("에 확인했습니다 (v1)", ManualsHost.Text(after), StringComparison.Ordinal);
    }
}
