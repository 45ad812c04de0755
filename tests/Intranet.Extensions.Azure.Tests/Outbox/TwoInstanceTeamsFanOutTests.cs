using Intranet.Extensions.AspNetCore.Bot;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Azurite;
using Intranet.Extensions.Testing.Emulators;

namespace Intranet.Extensions.Azure.Tests.Outbox;

/// <summary>
/// The production path of a scale-out: two instances deliver one message through the real <c>teams</c> channel and the
/// queue-backed outbox, against the Bot Connector emulator holding the tenant to 50 requests/s. Each instance is given
/// half of that budget (deploy.md), the first is stopped for a deploy half-way, and the other finishes. Every person's
/// chat is opened once and gets one activity: conversations and delivered activities live in the shared blob store.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoInstanceTeamsFanOutTests(AzuriteFixture azurite)
{
    private const int Recipients = 400;
    private const int TenantLimit = 50;

    [Fact]
    public async Task Two_instances_on_the_Teams_channel_open_each_chat_once_and_post_once_while_one_is_stopped_for_a_deploy()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(Recipients), connectorRequestsPerSecond: TenantLimit);
        setup.RegisterBot();
        var (firstPosts, secondPosts) = (new TeamsBotOnInstances.PostCounter(), new TeamsBotOnInstances.PostCounter());
        Task<AzureInstance> Start(TeamsBotOnInstances.PostCounter posts) => AzureInstance.StartAsync(
            setup,
            runtime: o => o.DefaultChannel = BotOptions.ChannelName,
            azure: o => o.Queue.BatchSize = 20,
            plugins: b => b.AddTeamsBot(setup, TenantLimit / 2),
            services: s => s.AddLoopbackBotClients(posts));
        var first = await Start(firstPosts);
        await using var second = await Start(secondPosts);

        await first.Outbox.EnqueueAsync(QueueOutboxTests.Notice("teams-fanout", Audience.All));
        await Eventually.WaitForAsync(() => Task.FromResult(setup.Connector.Posted.Count), n => n >= Recipients / 3 && firstPosts.Count > 0 && secondPosts.Count > 0,
            TimeSpan.FromMinutes(1), "a third posted by both instances");
        await first.StopAsync();
        var postedByFirst = firstPosts.Count;

        // The survivor alone sends at its half of the budget: about 20 seconds for what is left.
        var status = await QueueOutboxTests.FinalAsync(second.Outbox, "teams-fanout", Recipients, TimeSpan.FromMinutes(3));

        Assert.Equal(Recipients, status.Count(DeliveryState.Sent));
        Assert.Equal(postedByFirst, firstPosts.Count);
        Assert.Equal(Recipients, firstPosts.Count + secondPosts.Count);
        var created = setup.Connector.Events.Where(e => e.Kind == ConnectorEventKind.Created).GroupBy(e => e.ConversationId).ToList();
        Assert.Equal(Recipients, created.Count);
        Assert.All(created, chat => Assert.Single(chat));
        var posts = setup.PostsPerConversation();
        Assert.Equal(Recipients, posts.Count);
        Assert.All(setup.People, p => Assert.Equal(1, posts.GetValueOrDefault("a:" + p.Id)));
    }
}
