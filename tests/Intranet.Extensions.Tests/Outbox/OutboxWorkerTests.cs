using Intranet.Extensions.Delivery;
using Intranet.Extensions.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Intranet.Extensions.Tests.Outbox.OutboxTestMessages;

namespace Intranet.Extensions.Tests.Outbox;

public sealed class OutboxWorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_enqueue_wakes_the_worker_without_waiting_for_the_poll()
    {
        // The fake clock never moves here: only the signal can start a pass.
        var services = _harness.CreateProvider(o => o.Outbox.RunWorker = true);
        var worker = WorkerOf(services);
        await worker.StartAsync(CancellationToken.None);

        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));
        await _harness.Channel.WaitForCallsAsync(1);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal("m1.kim", Assert.Single(_harness.Channel.Requests).DeliveryId);
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_worker_polls_for_messages_enqueued_by_another_host()
    {
        var services = _harness.CreateProvider(o => { o.Outbox.RunWorker = true; o.Outbox.PollInterval = Poll; });
        var otherHost = _harness.CreateProvider(); // its enqueue signals its own worker, not this one
        var worker = WorkerOf(services);
        await worker.StartAsync(CancellationToken.None);

        await otherHost.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));
        var beforeTick = _harness.Channel.Requests.Count;
        _harness.Time.Advance(Poll);
        await _harness.Channel.WaitForCallsAsync(1);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(0, beforeTick);
        Assert.Equal("m1.kim", Assert.Single(_harness.Channel.Requests).DeliveryId);
    }

    [Fact]
    public async Task The_worker_survives_a_failing_pass()
    {
        var services = _harness.CreateProvider(o => o.Outbox.RunWorker = true);
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listings = 0;
        _harness.Store.BeforeList = prefix =>
        {
            if (prefix == "outbox/open/" && Interlocked.Increment(ref listings) == 1)
            {
                failed.SetResult();
                throw new IOException("The storage account is unreachable.");
            }

            return Task.CompletedTask;
        };
        var worker = WorkerOf(services);
        await worker.StartAsync(CancellationToken.None);
        var outbox = services.GetRequiredService<IOutbox>();

        await outbox.EnqueueAsync(HelloWithId("m1", "kim"));
        await failed.Task.WaitAsync(TestGuard.Timeout);
        await outbox.EnqueueAsync(HelloWithId("m2", "lee"));
        await _harness.Channel.WaitForCallsAsync(2);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(["m1.kim", "m2.lee"], _harness.Channel.Requests.Select(r => r.DeliveryId).Order());
    }

    [Fact]
    public async Task The_worker_does_not_run_when_turned_off()
    {
        var services = _harness.CreateProvider(o => o.Outbox.RunWorker = false);
        var worker = WorkerOf(services);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(TestGuard.Timeout);
        await services.GetRequiredService<IOutbox>().EnqueueAsync(HelloWithId("m1", "kim"));
        _harness.Time.Advance(TimeSpan.FromHours(1));

        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
        Assert.Empty(_harness.Channel.Requests);
        Assert.Equal(DeliveryState.Pending, Assert.Single((await services.GetRequiredService<IOutbox>().GetStatusAsync("m1"))!.Recipients).State);
    }

    private static OutboxWorker WorkerOf(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<OutboxWorker>().Single();
}
