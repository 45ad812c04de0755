using Azure.Storage.Queues;
using Intranet.Extensions.Azure.Outbox;
using Intranet.Extensions.Azure.Storage;
using Intranet.Extensions.Azure.Tests.Support;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Azure.Tests.Outbox;

/// <summary>The queue-backed outbox on Azurite, one behaviour at a time, through real host instances and the Bot Connector emulator.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueOutboxTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    internal static OutboxMessage Notice(string id, Audience audience) => new()
    {
        Id = id,
        PluginId = "notices",
        CardName = "notice",
        Audience = audience,
        Card = culture => new AdaptiveCard { Body = [new TextBlock(culture.Name == "ko-KR" ? "공지: 전 직원 교육" : "Notice: staff training")] },
    };

    internal static Task<OutboxStatus> FinalAsync(IOutbox outbox, string messageId, int recipients, TimeSpan? deadline = null) =>
        Eventually.WaitForAsync(
            async () => (await outbox.GetStatusAsync(messageId))!,
            s => s.Recipients.Count == recipients && s.Count(DeliveryState.Pending) == 0,
            deadline ?? Deadline,
            $"every delivery of {messageId} final");

    [Fact]
    public async Task Each_recipient_gets_the_card_once_in_their_language_and_the_status_says_sent()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(120));
        await using var host = await AzureInstance.StartAsync(setup, azure: o => o.Queue.BatchSize = 10);

        var receipt = await host.Outbox.EnqueueAsync(Notice("notice-1", Audience.All));

        Assert.Equal((120, 120), (receipt.Recipients, receipt.Added));
        var status = await FinalAsync(host.Outbox, "notice-1", 120);
        Assert.Equal(120, status.Count(DeliveryState.Sent));
        Assert.All(status.Recipients, r => Assert.Equal(1, r.Attempts));
        var posts = setup.PostsPerConversation();
        Assert.Equal(120, posts.Count);
        Assert.All(posts.Values, n => Assert.Equal(1, n));

        // Korean for most, English for those who prefer it; the activity id the connector gave is recorded.
        foreach (var post in setup.Connector.Posted)
        {
            var person = setup.People.Single(p => "a:" + p.Id == post.ConversationId);
            var text = post.Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>();
            Assert.Equal(person.PreferredLanguage == "en-US" ? "Notice: staff training" : "공지: 전 직원 교육", text);
            Assert.Equal(post.ActivityId, status.Recipients.Single(r => r.RecipientId == person.Id).ExternalId);
        }

        // Work queue drained: every batch's message was deleted once its recipients were final.
        var queue = new QueueClient(azurite.ConnectionString, setup.QueueName);
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Enqueueing_the_same_id_again_adds_only_new_recipients_and_messages_nobody_twice()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(40));
        await using var host = await AzureInstance.StartAsync(setup, azure: o => o.Queue.BatchSize = 8);
        var first30 = setup.People.Take(30).Select(p => p.Id).ToArray();

        var first = await host.Outbox.EnqueueAsync(Notice("notice-2", Audience.Users(first30)));
        await FinalAsync(host.Outbox, "notice-2", 30);
        var again = await host.Outbox.EnqueueAsync(Notice("notice-2", Audience.Users(first30)));
        var more = await host.Outbox.EnqueueAsync(Notice("notice-2", Audience.All));

        Assert.Equal((30, 30), (first.Recipients, first.Added));
        Assert.Equal((30, 0), (again.Recipients, again.Added));
        Assert.Equal((40, 10), (more.Recipients, more.Added));
        var status = await FinalAsync(host.Outbox, "notice-2", 40);
        Assert.Equal(40, status.Count(DeliveryState.Sent));
        var posts = setup.PostsPerConversation();
        Assert.Equal(40, posts.Count);
        Assert.All(posts.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task A_throttled_delivery_is_retried_after_its_retry_after_and_a_blocked_one_is_recorded_and_not_retried()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(30));
        var throttled = setup.People.Where((_, i) => i % 10 == 3).Select(p => "a:" + p.Id).ToHashSet();
        var blocked = setup.People.Where((_, i) => i % 10 == 7).Select(p => p.Id).ToHashSet();
        setup.Connector.ThrottleFirstPostTo = throttled.Contains;
        foreach (var id in blocked)
        {
            setup.Connector.BlockedUsers[id] = 0;
        }

        await using var host = await AzureInstance.StartAsync(setup, azure: o => o.Queue.BatchSize = 10);
        await host.Outbox.EnqueueAsync(Notice("notice-3", Audience.All));

        var status = await FinalAsync(host.Outbox, "notice-3", 30);
        Assert.True(30 - blocked.Count == status.Count(DeliveryState.Sent), string.Join("\n", status.Recipients.Where(r => r.State != DeliveryState.Sent)));
        Assert.All(status.Recipients.Where(r => blocked.Contains(r.RecipientId)), r => Assert.Equal((DeliveryState.Blocked, 1), (r.State, r.Attempts)));
        Assert.All(status.Recipients.Where(r => throttled.Contains("a:" + r.RecipientId)), r => Assert.Equal((DeliveryState.Sent, 2, (string?)null), (r.State, r.Attempts, r.LastError)));
        var events = setup.Connector.Events;
        foreach (var conversation in throttled)
        {
            var refused = events.Single(e => e.Kind == Testing.Emulators.ConnectorEventKind.Throttled && e.ConversationId == conversation);
            var posted = events.Single(e => e.Kind == Testing.Emulators.ConnectorEventKind.Posted && e.ConversationId == conversation);
            Assert.True(posted.At - refused.At >= TimeSpan.FromSeconds(setup.Connector.ThrottleRetryAfterSeconds) - TimeSpan.FromMilliseconds(20),
                $"{conversation} was retried {(posted.At - refused.At).TotalMilliseconds} ms after a 429 with Retry-After: {setup.Connector.ThrottleRetryAfterSeconds}");
        }

        Assert.All(blocked, id => Assert.Single(events, e => e.ConversationId == "a:" + id));
    }

    [Fact]
    public async Task A_batch_whose_queue_message_keeps_coming_back_is_dead_lettered_and_shows_as_failed()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(5));
        await using (var publisher = await AzureInstance.StartAsync(setup, runtime: o => o.Outbox.RunWorker = false))
        {
            await publisher.Outbox.EnqueueAsync(Notice("notice-4", Audience.All));
        }

        // Two workers took the batch and died before finishing it (received, never deleted).
        var queue = new QueueClient(azurite.ConnectionString, setup.QueueName);
        for (var i = 0; i < 2; i++)
        {
            var taken = Assert.Single((await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5))).Value);
            await queue.UpdateMessageAsync(taken.MessageId, taken.PopReceipt, visibilityTimeout: TimeSpan.Zero); // its visibility timeout ran out
        }

        await using var host = await AzureInstance.StartAsync(setup, azure: o => o.Queue.MaxDequeueCount = 2);

        var status = await FinalAsync(host.Outbox, "notice-4", 5);
        Assert.All(status.Recipients, r =>
        {
            Assert.Equal(DeliveryState.Failed, r.State);
            Assert.StartsWith("Dead-lettered after 3 receives", r.LastError, StringComparison.Ordinal);
        });
        Assert.Empty(setup.Connector.Posted);
        var poison = new QueueClient(azurite.ConnectionString, setup.QueueName + "-poison");
        var dead = Assert.Single((await poison.ReceiveMessagesAsync(10)).Value);
        Assert.True(WorkItem.TryParse(dead.MessageText, out var item));
        Assert.Equal(new WorkItem("notice-4", 0), item);
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task A_batch_every_worker_fails_on_comes_back_after_each_visibility_timeout_then_lands_in_the_poison_queue()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(3));
        await using (var publisher = await AzureInstance.StartAsync(setup, runtime: o => o.Outbox.RunWorker = false))
        {
            await publisher.Outbox.EnqueueAsync(Notice("notice-6", Audience.All));

            // The batch document was damaged: valid JSON, but not a batch, so every worker that reads it throws.
            var ledger = publisher.Services.GetRequiredService<AzureStores>().State;
            await ledger.PutAsync(QueueOutboxKeys.Batch("notice-6", 0), System.Text.Encoding.UTF8.GetBytes("""{"messageId":"notice-6","recipients":5}"""), WriteCondition.None);
        }

        await using var host = await AzureInstance.StartAsync(setup, azure: o =>
        {
            o.Queue.MaxDequeueCount = 2;
            o.Queue.VisibilityTimeout = TimeSpan.FromSeconds(1);
        });

        var poison = new QueueClient(azurite.ConnectionString, setup.QueueName + "-poison");
        var dead = await Eventually.WaitForAsync(
            async () => (await poison.PeekMessagesAsync(10)).Value, m => m.Length > 0, Deadline, "the batch in the poison queue");
        Assert.True(WorkItem.TryParse(Assert.Single(dead).MessageText, out var item));
        Assert.Equal(new WorkItem("notice-6", 0), item);
        Assert.Equal(2, host.Logs.Entries.Count(e => e.Message.StartsWith("Outbox queue message", StringComparison.Ordinal))); // two receives failed first
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("dead-lettered", StringComparison.Ordinal));
        Assert.Empty(setup.Connector.Posted);
        var queue = new QueueClient(azurite.ConnectionString, setup.QueueName);
        await Eventually.WaitForAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount, n => n == 0, Deadline, "the work queue empty");
    }

    [Fact]
    public async Task A_host_stopping_mid_batch_finishes_the_sends_it_started_gives_the_rest_back_and_another_host_finishes()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(20));
        GatedChannel? gated = null;
        await using var leaving = await AzureInstance.StartAsync(setup, runtime: o => o.Outbox.Parallelism = 4, wrapChannel: c => gated = new GatedChannel(c));
        await leaving.Outbox.EnqueueAsync(Notice("notice-7", Audience.All));

        // Four sends are on their way when the host is asked to stop; it must wait for them, and start no others.
        await Eventually.WaitForAsync(() => Task.FromResult(gated!.Entered), n => n == 4, Deadline, "four sends in flight");
        var stopping = leaving.StopAsync();
        Assert.False(stopping.IsCompleted);
        gated!.Open();
        await stopping;
        Assert.Equal((4, 4), (gated.Entered, leaving.Channel.Sent));

        // The rest is back in the queue at once, not hidden for the visibility timeout (a minute) of the stopped host's receive.
        var queue = new QueueClient(azurite.ConnectionString, setup.QueueName);
        Assert.Single((await queue.PeekMessagesAsync(maxMessages: 32)).Value);

        await using var staying = await AzureInstance.StartAsync(setup);
        var status = await FinalAsync(staying.Outbox, "notice-7", 20);

        Assert.Equal(20, status.Count(DeliveryState.Sent));
        Assert.All(status.Recipients, r => Assert.Equal(1, r.Attempts)); // the sixteen never started got their attempt back
        Assert.Equal(16, staying.Channel.Sent);
        Assert.All(setup.PostsPerConversation().Values, n => Assert.Equal(1, n));
        Assert.Equal(20, setup.PostsPerConversation().Count);
    }

    [Fact]
    public async Task A_batch_claimed_by_a_worker_that_died_is_taken_over_when_the_claim_ends_counting_its_attempt()
    {
        await using var setup = await AzureSetup.StartAsync(azurite, AzureSetup.Staff(6));
        DateTimeOffset claimEnd;
        await using (var publisher = await AzureInstance.StartAsync(setup, runtime: o => o.Outbox.RunWorker = false))
        {
            await publisher.Outbox.EnqueueAsync(Notice("notice-5", Audience.All));

            // A worker claimed the batch and died: its claim stands in the ledger, with the attempt it counted.
            var ledger = publisher.Services.GetRequiredService<AzureStores>().State;
            var key = QueueOutboxKeys.Batch("notice-5", 0);
            var batch = (await ledger.GetAsync<LedgerBatch>(key))!;
            var dead = batch.Value with
            {
                ClaimId = "worker-that-died",
                ClaimedUntil = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(3),
                Recipients = [.. batch.Value.Recipients.Select(r => r with { Attempts = 1 })],
            };
            await ledger.PutAsync(key, dead, WriteCondition.Matches(batch.ETag));
            claimEnd = dead.ClaimedUntil.Value;
        }

        await using var host = await AzureInstance.StartAsync(setup);

        var status = await FinalAsync(host.Outbox, "notice-5", 6);
        Assert.All(status.Recipients, r => Assert.Equal((DeliveryState.Sent, 2), (r.State, r.Attempts)));
        Assert.All(setup.Connector.Posted, p => Assert.True(p.At >= claimEnd, $"posted at {p.At:O}, before the claim ended at {claimEnd:O}"));
        Assert.All(setup.PostsPerConversation().Values, n => Assert.Equal(1, n));
    }
}
