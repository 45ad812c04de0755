using System.Text.Json.Nodes;
using Intranet.Extensions.Scheduling;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Tests.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Tests.Scheduling;

public sealed class SchedulerProcessorTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static DateTimeOffset Start => RuntimeHarness.Start;

    [Fact]
    public async Task A_job_runs_once_when_due_and_not_before()
    {
        var services = _harness.CreateProvider();
        var processor = services.GetRequiredService<SchedulerProcessor>();
        var data = new JsonObject { ["manualId"] = "complaints-v3" };
        await services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("remind-1", TestJobs.Record, Start.AddHours(1), data));

        var passes = new List<int> { await processor.RunDueAsync() };
        _harness.Time.Advance(TimeSpan.FromMinutes(59));
        passes.Add(await processor.RunDueAsync());
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        passes.Add(await processor.RunDueAsync());
        _harness.Time.Advance(TimeSpan.FromDays(1));
        passes.Add(await processor.RunDueAsync());

        Assert.Equal([0, 0, 1, 0], passes);
        var run = Assert.Single(_harness.Jobs.Runs);
        Assert.Equal(("remind-1", TestJobs.Record, Start.AddHours(1)), (run.Id, run.Kind, run.DueAt));
        Assert.Equal("complaints-v3", run.Data?["manualId"]?.GetValue<string>());
        Assert.Empty(await _harness.Store.KeysAsync("scheduler/"));
    }

    [Fact]
    public async Task Three_processors_racing_run_a_due_job_once()
    {
        var processors = Enumerable.Range(0, 3).Select(_ => _harness.CreateProvider().GetRequiredService<SchedulerProcessor>()).ToArray();
        await _harness.CreateProvider().GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("once", TestJobs.Record, Start));

        // All three see the job as due before any of them claims it.
        var gate = new AsyncGate(3);
        _harness.Store.BeforeList = prefix => prefix == SchedulerKeys.JobsPrefix ? gate.ArriveAndWaitAsync() : Task.CompletedTask;
        var ran = await Task.WhenAll(processors.Select(p => Task.Run(() => p.RunDueAsync())));

        Assert.Equal(1, ran.Sum());
        Assert.Single(_harness.Jobs.Runs);
    }

    [Fact]
    public async Task A_handler_that_schedules_its_own_job_again_keeps_the_new_schedule()
    {
        var services = _harness.CreateProvider();
        var processor = services.GetRequiredService<SchedulerProcessor>();
        await services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("daily", TestJobs.Reschedule, Start));

        var today = await processor.RunDueAsync();
        var kept = await _harness.Store.GetAsync<ScheduledJobDocument>(SchedulerKeys.Job("daily"));
        _harness.Time.Advance(TimeSpan.FromHours(23));
        var tooEarly = await processor.RunDueAsync();
        _harness.Time.Advance(TimeSpan.FromHours(1));
        var tomorrow = await processor.RunDueAsync();

        Assert.Equal((1, 0, 1), (today, tooEarly, tomorrow));
        Assert.NotNull(kept);
        Assert.Equal((Start.AddDays(1), 0, (DateTimeOffset?)null), (kept.Value.DueAt, kept.Value.Attempts, kept.Value.ClaimedUntil));
        Assert.Equal([Start, Start.AddDays(1)], _harness.Jobs.Runs.Select(r => r.DueAt));
    }

    [Fact]
    public async Task A_failing_job_is_retried_with_back_off_then_kept_as_failed_after_max_attempts()
    {
        var services = _harness.CreateProvider(o => o.Scheduler.MaxAttempts = 3);
        var processor = services.GetRequiredService<SchedulerProcessor>();
        _harness.Jobs.Behaviour = (_, _) => throw new InvalidOperationException("Graph said 503");
        await services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("flaky", TestJobs.Record, Start));

        var first = await processor.RunDueAsync();
        var afterFirst = await JobAsync("flaky");
        _harness.Time.Advance(SchedulerProcessor.RetryDelay(1) - TimeSpan.FromSeconds(1));
        var early = await processor.RunDueAsync();
        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await processor.RunDueAsync();
        _harness.Time.Advance(SchedulerProcessor.RetryDelay(2));
        var third = await processor.RunDueAsync();
        _harness.Time.Advance(TimeSpan.FromDays(7));
        var afterGivingUp = await processor.RunDueAsync();

        Assert.Equal((1, 0, 1, 1, 0), (first, early, second, third, afterGivingUp));
        Assert.Equal((1, Start + SchedulerProcessor.RetryDelay(1)), (afterFirst.Attempts, afterFirst.RetryAt));
        Assert.Equal(TimeSpan.FromMinutes(2), SchedulerProcessor.RetryDelay(2)); // doubled
        var failed = await JobAsync("flaky");
        Assert.Equal(3, failed.Attempts);
        Assert.NotNull(failed.FailedAt);
        Assert.Contains("Graph said 503", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(3, _harness.Jobs.Runs.Count);
    }

    [Fact]
    public async Task A_job_of_an_unknown_kind_is_marked_failed_with_the_reason()
    {
        var services = _harness.CreateProvider();
        await services.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("orphan", "removed.plugin", Start));

        var ran = await services.GetRequiredService<SchedulerProcessor>().RunDueAsync();

        Assert.Equal(0, ran);
        var orphan = await JobAsync("orphan");
        Assert.NotNull(orphan.FailedAt);
        Assert.Contains("'removed.plugin'", orphan.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crashed_run_is_taken_over_when_its_claim_expires()
    {
        var crashingHost = _harness.CreateProvider();
        var survivor = _harness.CreateProvider().GetRequiredService<SchedulerProcessor>();
        await crashingHost.GetRequiredService<IScheduler>().ScheduleAsync(new ScheduledJob("report", TestJobs.Record, Start));
        _harness.Jobs.Behaviour = async (_, ct) =>
        {
            if (_harness.Jobs.Runs.Count == 1)
            {
                await Task.Delay(Timeout.Infinite, ct); // the host dies mid-run
            }
        };
        using var crash = new CancellationTokenSource();
        var crashed = crashingHost.GetRequiredService<SchedulerProcessor>().RunDueAsync(crash.Token);
        await _harness.Jobs.WaitForRunsAsync(1);

        var whileRunning = await survivor.RunDueAsync();
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashed);
        _harness.Time.Advance(TimeSpan.FromMinutes(5)); // ClaimDuration
        var afterExpiry = await survivor.RunDueAsync();

        Assert.Equal((0, 1), (whileRunning, afterExpiry));
        Assert.Equal(2, _harness.Jobs.Runs.Count);
        Assert.Empty(await _harness.Store.KeysAsync("scheduler/"));
    }

    private async Task<ScheduledJobDocument> JobAsync(string id) =>
        (await _harness.Store.GetAsync<ScheduledJobDocument>(SchedulerKeys.Job(id)))?.Value ?? throw new InvalidOperationException($"No job '{id}'.");
}
