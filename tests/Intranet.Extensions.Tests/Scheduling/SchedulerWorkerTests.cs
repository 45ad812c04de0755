using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Tests.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intranet.Extensions.Tests.Scheduling;

public sealed class SchedulerWorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task The_worker_runs_a_due_job_on_its_next_poll()
    {
        var services = _harness.CreateProvider(o => { o.Scheduler.RunWorker = true; o.Scheduler.PollInterval = Poll; });
        await services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("tick", TestJobs.Record, RuntimeHarness.Start + Poll));
        var worker = WorkerOf(services);
        await worker.StartAsync(CancellationToken.None);

        _harness.Time.Advance(Poll);
        await _harness.Jobs.WaitForRunsAsync(1);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal("tick", Assert.Single(_harness.Jobs.Runs).Id);
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_worker_survives_a_failing_pass()
    {
        var services = _harness.CreateProvider(o => { o.Scheduler.RunWorker = true; o.Scheduler.PollInterval = Poll; });
        await services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("tick", TestJobs.Record, RuntimeHarness.Start));
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listings = 0;
        _harness.Store.BeforeList = _ =>
        {
            if (Interlocked.Increment(ref listings) == 1)
            {
                failed.SetResult();
                throw new IOException("The storage account is unreachable.");
            }

            return Task.CompletedTask;
        };
        var worker = WorkerOf(services);
        await worker.StartAsync(CancellationToken.None);

        _harness.Time.Advance(Poll);
        await failed.Task.WaitAsync(TestGuard.Timeout);
        _harness.Time.Advance(Poll);
        await _harness.Jobs.WaitForRunsAsync(1);
        await worker.StopAsync(CancellationToken.None);

        Assert.Single(_harness.Jobs.Runs);
    }

    [Fact]
    public async Task The_worker_does_not_run_when_turned_off()
    {
        var services = _harness.CreateProvider(o => o.Scheduler.RunWorker = false);
        await services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("tick", TestJobs.Record, RuntimeHarness.Start));
        var worker = WorkerOf(services);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(TestGuard.Timeout);
        _harness.Time.Advance(TimeSpan.FromHours(1));

        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
        Assert.Empty(_harness.Jobs.Runs);
    }

    private static SchedulerWorker WorkerOf(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<SchedulerWorker>().Single();
}
