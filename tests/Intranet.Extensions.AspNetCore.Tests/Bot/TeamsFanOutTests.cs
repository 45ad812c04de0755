using Intranet.Extensions.AspNetCore.Bot;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>
/// The load case at full scale: 5,000 recipients through the real outbox processor (as the runtime
/// registers it) and the <c>teams</c> channel, against the Bot Connector emulator limiting the tenant to
/// 50 requests/s. About 100 seconds, dictated by that limit.
/// </summary>
public sealed class TeamsFanOutTests
{
    private const int Recipients = 5_000;

    [Fact]
    public async Task Fan_out_to_5000_people_at_50_rps_sends_each_once_honours_429s_and_records_the_blocked()
    {
        var people = Enumerable.Range(1, Recipients).Select(i => new StaffMember
        {
            Id = $"22222222-0000-4000-8000-{i:D12}",
            DisplayName = $"직원 {i}",
            Department = $"부서 {i % 18}",
            PreferredLanguage = i % 5 == 0 ? "en-US" : "ko-KR",
        }).ToArray();
        var blocked = people.Where((_, i) => i % 200 == 7).Select(p => p.Id).ToHashSet();
        var scriptedThrottles = people.Where((_, i) => i % 200 == 3).Select(p => "a:" + p.Id).ToHashSet();
        await using var app = await BotApp.StartAsync(people, connectorRequestsPerSecond: 50);
        foreach (var id in blocked)
        {
            app.Connector.BlockedUsers[id] = 0;
        }

        app.Connector.ThrottleFirstPostTo = scriptedThrottles.Contains;

        // Most people installed the app (the bot saw their chat); the last hundred need their chat opened.
        var conversations = app.Services.GetRequiredService<ConversationStore>();
        foreach (var person in people.Take(Recipients - 100))
        {
            await conversations.SaveAsync(
                new ConversationReference(person.Id, "29:" + person.Id, "a:" + person.Id, app.ServiceUrl, BotApp.TenantId, "msteams", default), default);
        }

        var outbox = app.Services.GetRequiredService<IOutbox>();
        var receipt = await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = "fanout",
            PluginId = "recorder",
            CardName = "announcement",
            Audience = Audience.All,
            Card = culture => new AdaptiveCard { Body = [new TextBlock(culture.Name == "ko-KR" ? "공지" : "Announcement")] },
            Channel = BotOptions.ChannelName,
        });
        Assert.Equal(Recipients, receipt.Recipients);

        var processor = app.Services.GetRequiredService<OutboxProcessor>();
        for (var pass = 0; pass < 20 && await processor.ProcessDueAsync() > 0; pass++)
        {
        }

        var status = (await outbox.GetStatusAsync("fanout"))!;
        Assert.Equal(Recipients - blocked.Count, status.Count(DeliveryState.Sent));
        Assert.Equal(blocked.Count, status.Count(DeliveryState.Blocked));
        Assert.All(status.Recipients.Where(r => blocked.Contains(r.RecipientId)), r => Assert.Equal(DeliveryState.Blocked, r.State));

        // Every reachable person exactly once in the connector's log; the blocked were tried once and never again.
        var posted = app.Connector.Posted.GroupBy(e => e.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Recipients - blocked.Count, posted.Count);
        Assert.All(posted, p => Assert.Equal(1, p.Value));
        Assert.All(people.Where(p => !blocked.Contains(p.Id)), p => Assert.True(posted.ContainsKey("a:" + p.Id), p.Id));
        var blockedAnswers = app.Connector.Events.Where(e => e.Kind == ConnectorEventKind.Blocked).GroupBy(e => e.ConversationId).ToList();
        Assert.Equal(blocked.Count, blockedAnswers.Count);
        Assert.All(blockedAnswers, g => Assert.Single(g));
        Assert.Equal(100, app.Connector.Events.Count(e => e.Kind == ConnectorEventKind.Created));

        // Each 429 was followed by the retry no sooner than its Retry-After.
        var events = app.Connector.Events;
        var throttled = events.Where(e => e.Kind == ConnectorEventKind.Throttled && scriptedThrottles.Contains(e.ConversationId)).ToList();
        Assert.Equal(scriptedThrottles.Count, throttled.Count);
        foreach (var t in throttled)
        {
            var retry = events.Single(e => e.Kind == ConnectorEventKind.Posted && e.ConversationId == t.ConversationId);
            Assert.True(retry.At - t.At >= TimeSpan.FromSeconds(app.Connector.ThrottleRetryAfterSeconds) - TimeSpan.FromMilliseconds(20),
                $"{t.ConversationId} retried {(retry.At - t.At).TotalMilliseconds} ms after a 429");
        }
    }
}
