using System.Diagnostics;
using Azure.Storage.Queues;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Azurite;
using Xunit.Abstractions;

namespace Intranet.Extensions.Azure.Tests.Outbox;

/// <summary>
/// The scale-out case at full size: two host instances share one message to 10,000 people through the
/// queue-backed outbox on Azurite and the Bot Connector emulator (limit raised to 100,000 requests/s, so Azurite and
/// this 2-core machine set the pace). Mid-way one instance is killed, later Azurite itself is stopped and started
/// again; the survivor finishes and every person has exactly one activity. Its own Azurite, since it restarts it.
/// </summary>
public sealed class TwoInstanceFanOutTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const int Recipients = 10_000;

    [Fact]
    public async Task Two_instances_send_to_10000_people_once_each_while_one_is_killed_and_Azurite_restarts()
    {
        var clock = Stopwatch.StartNew();
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(Recipients));
        void Tune(Intranet.Extensions.Hosting.IntranetOptions o)
        {
            o.Outbox.Parallelism = 32;
            o.Outbox.ClaimDuration = TimeSpan.FromSeconds(20); // outlasts Azurite's restart, so no claim runs out while it is down
        }

        void Queue(AzureStorageOptions o)
        {
            o.Queue.VisibilityTimeout = TimeSpan.FromSeconds(5); // the killed instance's work comes back after this
            o.Queue.ConcurrentBatches = 8;
        }

        var first = await AzureInstance.StartAsync(setup, Tune, Queue);
        await using var second = await AzureInstance.StartAsync(setup, Tune, Queue);

        var receipt = await first.Outbox.EnqueueAsync(QueueOutboxTests.Notice("fanout", Audience.All));
        Assert.Equal((Recipients, Recipients), (receipt.Recipients, receipt.Added));
        output.WriteLine($"{clock.Elapsed}: enqueued");

        // Both instances take work; then the first is killed with its batches in hand.
        await Eventually.WaitForAsync(() => Task.FromResult(setup.Connector.Posted.Count), n => n >= Recipients / 4 && first.Channel.Sent > 0 && second.Channel.Sent > 0,
            TimeSpan.FromMinutes(2), "a quarter sent by both instances");
        await first.KillAsync();
        output.WriteLine($"{clock.Elapsed}: first instance killed after {first.Channel.Sent} sends; {setup.Connector.Posted.Count} posted");

        // Later Azurite goes away under the survivor and comes back on the same ports and data.
        await Eventually.WaitForAsync(() => Task.FromResult(setup.Connector.Posted.Count), n => n >= Recipients * 6 / 10, TimeSpan.FromMinutes(2), "60% sent");
        var failuresBefore = second.Logs.CountFrom("Intranet.Extensions.Azure");
        await azurite.StopAsync();
        output.WriteLine($"{clock.Elapsed}: Azurite stopped; {setup.Connector.Posted.Count} posted");

        // Azurite stays away until the survivor has run into it (a failed receive, ledger read or write).
        await Eventually.WaitForAsync(() => Task.FromResult(second.Logs.CountFrom("Intranet.Extensions.Azure")), n => n > failuresBefore,
            TimeSpan.FromMinutes(1), "the survivor meeting the outage");
        output.WriteLine($"{clock.Elapsed}: the survivor met the outage: {second.Logs.Entries.Last().Message}");
        var postedDuringOutage = setup.Connector.Posted.Count;
        Assert.True(postedDuringOutage < Recipients, "work was left for after the restart");
        await azurite.StartAgainAsync();
        output.WriteLine($"{clock.Elapsed}: Azurite started again");

        var status = await Eventually.WaitForAsync(
            async () => (await second.Outbox.GetStatusAsync("fanout"))!,
            s => s.Recipients.Count == Recipients && s.Count(DeliveryState.Pending) == 0,
            TimeSpan.FromMinutes(3),
            "every delivery final");
        output.WriteLine($"{clock.Elapsed}: all final; first sent {first.Channel.Sent}, second sent {second.Channel.Sent}");

        Assert.Equal(Recipients, status.Count(DeliveryState.Sent));
        var posts = setup.PostsPerConversation();
        Assert.Equal(Recipients, posts.Count);
        Assert.DoesNotContain(posts, p => p.Value != 1);
        Assert.Equal(Recipients, first.Channel.Sent + second.Channel.Sent);
        Assert.True(second.Channel.Sent > Recipients / 2, "the survivor finished the fan-out");
        var queue = new QueueClient(azurite.ConnectionString, setup.QueueName);
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
