using Intranet.Extensions.Delivery;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People;
using Microsoft.Extensions.DependencyInjection;
using static Intranet.Extensions.Tests.Outbox.OutboxTestMessages;

namespace Intranet.Extensions.Tests.Outbox;

public sealed class OutboxProcessorTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Each_recipient_is_sent_exactly_once_across_repeated_passes()
    {
        var services = _harness.CreateProvider();
        var processor = services.GetRequiredService<OutboxProcessor>();
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim", "lee", "park"));
        Assert.Single(await _harness.Store.KeysAsync("outbox/open/"));

        var first = await processor.ProcessDueAsync();
        var second = await processor.ProcessDueAsync();
        _harness.Time.Advance(TimeSpan.FromDays(1));
        var third = await processor.ProcessDueAsync();

        Assert.Equal((3, 0, 0), (first, second, third));
        Assert.Equal(["kim", "lee", "park"], _harness.Channel.Requests.Select(r => r.Recipient.Id).Order());
        var status = await services.GetRequiredService<IOutbox>().GetStatusAsync("m1");
        Assert.All(status!.Recipients, r =>
        {
            Assert.Equal(DeliveryState.Sent, r.State);
            Assert.Equal(1, r.Attempts);
            Assert.Equal(RuntimeHarness.Start, r.SentAt);
            Assert.Equal($"ext-m1.{r.RecipientId}", r.ExternalId);
        });
        Assert.Empty(await _harness.Store.KeysAsync("outbox/open/"));
    }

    [Fact]
    public async Task Two_processors_racing_on_one_store_send_each_recipient_once()
    {
        var people = Enumerable.Range(1, 20).Select(i => new StaffMember { Id = $"p{i:00}", DisplayName = $"P{i}", Department = "Race" }).ToArray();
        _harness.Directory.Add(people);
        var hostA = _harness.CreateProvider();
        var hostB = _harness.CreateProvider();
        await hostA.GetRequiredService<IOutbox>().EnqueueAsync(Hello(Audience.OfDepartments("Race"), "race"));

        // Both list every delivery as due before either claims one, so every claim is contested.
        var gate = new AsyncGate(2);
        _harness.Store.BeforeList = prefix => prefix.StartsWith("outbox/deliveries/", StringComparison.Ordinal) ? gate.ArriveAndWaitAsync() : Task.CompletedTask;
        var attempted = await Task.WhenAll(
            Task.Run(() => hostA.GetRequiredService<OutboxProcessor>().ProcessDueAsync()),
            Task.Run(() => hostB.GetRequiredService<OutboxProcessor>().ProcessDueAsync()));

        Assert.Equal(20, attempted.Sum());
        Assert.All(people, p => Assert.Equal(1, _harness.Channel.CallsTo(p.Id)));
        var status = await hostB.GetRequiredService<IOutbox>().GetStatusAsync("race");
        Assert.Equal(20, status!.Count(DeliveryState.Sent));
    }

    [Fact]
    public async Task Each_recipient_gets_the_card_in_their_own_language()
    {
        var services = _harness.CreateProvider(o => o.DefaultLanguage = "en-US");
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim", "lee", "park"));

        await services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        var byRecipient = _harness.Channel.Requests.ToDictionary(r => r.Recipient.Id);
        Assert.Equal(Korean, TextOf(byRecipient["kim"]));
        Assert.Equal(English, TextOf(byRecipient["lee"]));
        Assert.Equal(English, TextOf(byRecipient["park"])); // no preference: the organisation's default language
        Assert.All(byRecipient.Values, r => Assert.Equal(($"m1.{r.Recipient.Id}", "m1", "praise"), (r.DeliveryId, r.MessageId, r.PluginId)));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_no_sooner_than_retry_after()
    {
        var services = _harness.CreateProvider(o => o.Outbox.FirstRetryDelay = TimeSpan.FromSeconds(1));
        var processor = services.GetRequiredService<OutboxProcessor>();
        var outbox = services.GetRequiredService<IOutbox>();
        _harness.Channel.Behaviour = (request, call, _) => Task.FromResult(
            call == 1 ? DeliveryResult.Transient("429 Too Many Requests", TimeSpan.FromSeconds(30)) : DeliveryResult.Sent("activity-1"));
        await outbox.EnqueueAsync(HelloWithId("m1", "kim"));

        Assert.Equal(1, await processor.ProcessDueAsync());
        var waiting = Assert.Single((await outbox.GetStatusAsync("m1"))!.Recipients);
        _harness.Time.Advance(TimeSpan.FromSeconds(29));
        var early = await processor.ProcessDueAsync();
        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        var due = await processor.ProcessDueAsync();

        Assert.Equal((DeliveryState.Pending, 1, "429 Too Many Requests"), (waiting.State, waiting.Attempts, waiting.LastError));
        Assert.Equal((0, 1), (early, due));
        var sent = Assert.Single((await outbox.GetStatusAsync("m1"))!.Recipients);
        Assert.Equal((DeliveryState.Sent, 2, "activity-1"), (sent.State, sent.Attempts, sent.ExternalId));
        Assert.All(_harness.Channel.Requests, r => Assert.Equal("m1.kim", r.DeliveryId));
    }

    [Fact]
    public async Task Transient_failures_back_off_exponentially()
    {
        // FirstRetryDelay 10 s: the first wait is 5–10 s, the second 10–20 s (jitter takes up to half).
        var services = _harness.CreateProvider();
        var processor = services.GetRequiredService<OutboxProcessor>();
        _harness.Channel.Behaviour = (_, call, _) => Task.FromResult(call <= 2 ? DeliveryResult.Transient("503") : DeliveryResult.Sent());
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));

        var passes = new List<int> { await processor.ProcessDueAsync() };
        foreach (var seconds in new[] { 4.9, 5.1, 9.9, 10.1 })
        {
            _harness.Time.Advance(TimeSpan.FromSeconds(seconds));
            passes.Add(await processor.ProcessDueAsync());
        }

        Assert.Equal([1, 0, 1, 0, 1], passes);
        Assert.Equal(3, _harness.Channel.CallsTo("kim"));
    }

    [Fact]
    public async Task A_delivery_that_keeps_failing_is_marked_failed_after_max_attempts()
    {
        var services = _harness.CreateProvider(o => o.Outbox.MaxAttempts = 3);
        var processor = services.GetRequiredService<OutboxProcessor>();
        var outbox = services.GetRequiredService<IOutbox>();
        _harness.Channel.Behaviour = (_, _, _) => Task.FromResult(DeliveryResult.Transient("503 Service Unavailable"));
        await outbox.EnqueueAsync(HelloWithId("m1", "kim"));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, await processor.ProcessDueAsync());
            _harness.Time.Advance(TimeSpan.FromMinutes(10));
        }

        _harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await processor.ProcessDueAsync());
        var failed = Assert.Single((await outbox.GetStatusAsync("m1"))!.Recipients);
        Assert.Equal((DeliveryState.Failed, 3), (failed.State, failed.Attempts));
        Assert.Contains("503 Service Unavailable", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(3, _harness.Channel.CallsTo("kim"));
        Assert.Empty(await _harness.Store.KeysAsync("outbox/open/"));
    }

    [Fact]
    public async Task A_blocked_recipient_is_not_retried()
    {
        var services = _harness.CreateProvider();
        var processor = services.GetRequiredService<OutboxProcessor>();
        _harness.Channel.Behaviour = (r, _, _) => Task.FromResult(
            r.Recipient.Id == "kim" ? DeliveryResult.Blocked("403 MessageWritesBlocked") : DeliveryResult.Sent());
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim", "lee"));

        Assert.Equal(2, await processor.ProcessDueAsync());
        _harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await processor.ProcessDueAsync());

        var status = await services.GetRequiredService<IOutbox>().GetStatusAsync("m1");
        var kim = status!.Recipients.Single(r => r.RecipientId == "kim");
        Assert.Equal((DeliveryState.Blocked, "403 MessageWritesBlocked"), (kim.State, kim.LastError));
        Assert.Equal(1, status.Count(DeliveryState.Sent));
        Assert.Equal(1, _harness.Channel.CallsTo("kim"));
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        var services = _harness.CreateProvider();
        var processor = services.GetRequiredService<OutboxProcessor>();
        _harness.Channel.Behaviour = (_, _, _) => Task.FromResult(DeliveryResult.Failed("400 card too large"));
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));

        Assert.Equal(1, await processor.ProcessDueAsync());
        _harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await processor.ProcessDueAsync());

        var kim = Assert.Single((await services.GetRequiredService<IOutbox>().GetStatusAsync("m1"))!.Recipients);
        Assert.Equal((DeliveryState.Failed, "400 card too large"), (kim.State, kim.LastError));
    }

    [Fact]
    public async Task A_channel_that_throws_counts_as_transient()
    {
        var services = _harness.CreateProvider();
        var processor = services.GetRequiredService<OutboxProcessor>();
        var outbox = services.GetRequiredService<IOutbox>();
        _harness.Channel.Behaviour = (_, call, _) => call == 1
            ? throw new HttpRequestException("connection reset")
            : Task.FromResult(DeliveryResult.Sent());
        await outbox.EnqueueAsync(HelloWithId("m1", "kim"));

        Assert.Equal(1, await processor.ProcessDueAsync());
        var retrying = Assert.Single((await outbox.GetStatusAsync("m1"))!.Recipients);
        _harness.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await processor.ProcessDueAsync());

        Assert.Equal(DeliveryState.Pending, retrying.State);
        Assert.Contains("connection reset", retrying.LastError, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Sent, Assert.Single((await outbox.GetStatusAsync("m1"))!.Recipients).State);
    }

    [Fact]
    public async Task An_unknown_channel_fails_the_delivery_with_a_clear_reason()
    {
        var services = _harness.CreateProvider();
        await services.GetRequiredService<IOutbox>().EnqueueAsync(Hello(Audience.Users("kim"), "m1", channel: "pigeon"));

        Assert.Equal(1, await services.GetRequiredService<OutboxProcessor>().ProcessDueAsync());

        var kim = Assert.Single((await services.GetRequiredService<IOutbox>().GetStatusAsync("m1"))!.Recipients);
        Assert.Equal(DeliveryState.Failed, kim.State);
        Assert.Contains("'pigeon'", kim.LastError, StringComparison.Ordinal);
        Assert.Empty(_harness.Channel.Requests);
    }

    [Fact]
    public async Task A_recipient_who_left_the_directory_fails_without_a_send()
    {
        var services = _harness.CreateProvider();
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));
        _harness.Directory.Remove("kim");

        Assert.Equal(1, await services.GetRequiredService<OutboxProcessor>().ProcessDueAsync());

        var kim = Assert.Single((await services.GetRequiredService<IOutbox>().GetStatusAsync("m1"))!.Recipients);
        Assert.Equal(DeliveryState.Failed, kim.State);
        Assert.Empty(_harness.Channel.Requests);
    }

    [Fact]
    public async Task A_crashed_workers_claim_is_respected_until_it_expires_then_taken_over()
    {
        var crashingHost = _harness.CreateProvider();
        var survivor = _harness.CreateProvider().GetRequiredService<OutboxProcessor>();
        await crashingHost.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Channel.Behaviour = async (_, call, ct) =>
        {
            if (call == 1)
            {
                sending.SetResult();
                await Task.Delay(Timeout.Infinite, ct); // the host dies mid-send
            }

            return DeliveryResult.Sent("second-try");
        };
        using var crash = new CancellationTokenSource();
        var crashed = crashingHost.GetRequiredService<OutboxProcessor>().ProcessDueAsync(crash.Token);
        await sending.Task.WaitAsync(TestGuard.Timeout);

        var whileSending = await survivor.ProcessDueAsync();
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashed);
        var beforeExpiry = await survivor.ProcessDueAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(2)); // ClaimDuration
        var afterExpiry = await survivor.ProcessDueAsync();

        Assert.Equal((0, 0, 1), (whileSending, beforeExpiry, afterExpiry));
        var kim = Assert.Single((await crashingHost.GetRequiredService<IOutbox>().GetStatusAsync("m1"))!.Recipients);
        Assert.Equal((DeliveryState.Sent, 2, "second-try"), (kim.State, kim.Attempts, kim.ExternalId));
        Assert.Equal(["m1.kim", "m1.kim"], _harness.Channel.Requests.Select(r => r.DeliveryId));
    }

    [Fact]
    public async Task A_delivery_whose_every_attempt_crashed_is_given_up_after_max_attempts()
    {
        var services = _harness.CreateProvider(o => o.Outbox.MaxAttempts = 1);
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Channel.Behaviour = async (_, _, ct) =>
        {
            sending.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return DeliveryResult.Sent();
        };
        using var crash = new CancellationTokenSource();
        var crashed = services.GetRequiredService<OutboxProcessor>().ProcessDueAsync(crash.Token);
        await sending.Task.WaitAsync(TestGuard.Timeout);
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashed);

        _harness.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await _harness.CreateProvider(o => o.Outbox.MaxAttempts = 1).GetRequiredService<OutboxProcessor>().ProcessDueAsync());

        var kim = Assert.Single((await services.GetRequiredService<IOutbox>().GetStatusAsync("m1"))!.Recipients);
        Assert.Equal((DeliveryState.Failed, 1), (kim.State, kim.Attempts));
        Assert.Contains("did not finish", kim.LastError, StringComparison.Ordinal);
        Assert.Single(_harness.Channel.Requests);
    }

    [Fact]
    public async Task A_new_host_over_the_same_store_finishes_what_the_old_one_left_pending()
    {
        var before = _harness.CreateProvider();
        var outbox = before.GetRequiredService<IOutbox>();
        await outbox.EnqueueAsync(HelloWithId("started", "kim", "lee", "park"));
        await outbox.EnqueueAsync(HelloWithId("untouched", "kim"));
        _harness.Channel.Behaviour = (r, _, _) => Task.FromResult(
            r.MessageId == "started" && r.Recipient.Id == "kim" ? DeliveryResult.Sent() : DeliveryResult.Transient("503", TimeSpan.FromMinutes(1)));
        Assert.Equal(4, await before.GetRequiredService<OutboxProcessor>().ProcessDueAsync());
        await before.DisposeAsync(); // the restart

        _harness.Channel.Behaviour = (_, _, _) => Task.FromResult(DeliveryResult.Sent());
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        var after = _harness.CreateProvider();
        var resumed = await after.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        Assert.Equal(3, resumed);
        foreach (var id in new[] { "started", "untouched" })
        {
            var status = await after.GetRequiredService<IOutbox>().GetStatusAsync(id);
            Assert.All(status!.Recipients, r => Assert.Equal(DeliveryState.Sent, r.State));
        }

        Assert.Single(_harness.Channel.Requests, r => r.DeliveryId == "started.kim");
        Assert.Empty(await _harness.Store.KeysAsync("outbox/open/"));
    }

    [Fact]
    public async Task Up_to_parallelism_deliveries_are_sent_at_once()
    {
        _harness.Directory.Add([.. Enumerable.Range(1, 12).Select(i => new StaffMember { Id = $"q{i}", DisplayName = $"Q{i}", Department = "Par" })]);
        var services = _harness.CreateProvider(o => o.Outbox.Parallelism = 3);
        await services.GetRequiredService<IOutbox>().EnqueueAsync(Hello(Audience.OfDepartments("Par")));
        var inFlight = 0;
        var most = 0;
        var threeAtOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Channel.Behaviour = async (_, _, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            if (now == 3)
            {
                threeAtOnce.TrySetResult();
            }

            await threeAtOnce.Task; // a sequential processor never gets here three times: the guard below fails it
            Interlocked.Decrement(ref inFlight);
            return DeliveryResult.Sent();
        };

        var attempted = await services.GetRequiredService<OutboxProcessor>().ProcessDueAsync().WaitAsync(TestGuard.Timeout);

        Assert.Equal(12, attempted);
        Assert.Equal(3, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
